using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace TrackerAudit.Signing;

/// <summary>
/// Reads an RFC 3161 <c>TimeStampResp</c> (what a timestamp authority answers, and what <c>SHA256SUMS.tsr</c> holds):
/// <c>SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }</c>.
/// </summary>
internal static class TimestampResponse
{
    /// <summary>The token of a granted response; throws <see cref="CryptographicException"/> saying why there is none.</summary>
    public static Rfc3161TimestampToken ReadToken(ReadOnlyMemory<byte> response)
    {
        try
        {
            var reader = new AsnReader(response, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var statusInfo = sequence.ReadSequence();
            // PKIStatus: 0 granted, 1 granted with modifications; anything else carries no token.
            if (!statusInfo.TryReadInt32(out var status) || status is not (0 or 1))
            {
                var text = statusInfo.HasData && statusInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? FreeText(statusInfo.ReadSequence()) : "";
                throw new CryptographicException(string.Create(CultureInfo.InvariantCulture, $"the timestamp authority refused the request (status {status}){(text.Length > 0 ? ": " + text : "")}"));
            }

            if (!sequence.HasData)
            {
                throw new CryptographicException("the timestamp response holds no token");
            }

            var token = sequence.ReadEncodedValue();
            return Rfc3161TimestampToken.TryDecode(token, out var decoded, out _)
                ? decoded
                : throw new CryptographicException("the timestamp token is not an RFC 3161 token");
        }
        catch (AsnContentException exception)
        {
            throw new CryptographicException("not an RFC 3161 timestamp response: " + exception.Message, exception);
        }
    }

    private static string FreeText(AsnReader texts)
    {
        var parts = new List<string>();
        while (texts.HasData && parts.Count < 4)
        {
            parts.Add(texts.ReadCharacterString(UniversalTagNumber.UTF8String));
        }

        return string.Join("; ", parts);
    }
}
