using System.Globalization;
using System.Text;

namespace TrackerAudit.Signing;

/// <summary>What checking a run folder's signature and timestamp found.</summary>
/// <param name="Signed">Whether <c>SHA256SUMS.sig</c> exists.</param>
/// <param name="SignatureValid">Whether it is the given key's signature of <c>SHA256SUMS</c>.</param>
/// <param name="KeyFingerprint">The given key's fingerprint.</param>
/// <param name="Timestamp">The timestamp, when <c>SHA256SUMS.tsr</c> exists and holds.</param>
/// <param name="TimestampProblem">Why <c>SHA256SUMS.tsr</c> does not hold; null when it does or there is none.</param>
internal sealed record SignatureVerification(bool Signed, bool SignatureValid, string KeyFingerprint, TimestampInfo? Timestamp, string? TimestampProblem)
{
    /// <summary>True when the key signed the list and any timestamp holds.</summary>
    public bool Ok => Signed && SignatureValid && TimestampProblem is null;

    /// <summary>Who signed and when, in words.</summary>
    public string Message
    {
        get
        {
            var text = new StringBuilder();
            text.Append(
                !Signed ? "NOT signed: there is no SHA256SUMS.sig, so nothing says who made this bundle."
                : SignatureValid ? $"Signed by the key {KeyFingerprint}."
                : $"Signature does NOT match: SHA256SUMS.sig is not the signature of this SHA256SUMS by the key {KeyFingerprint} (another key signed it, or the list was changed after signing).");
            if (TimestampProblem is not null)
            {
                text.Append('\n').Append("Timestamp NOT valid: ").Append(TimestampProblem);
            }
            else if (Timestamp is { } stamp)
            {
                text.Append('\n').Append(CultureInfo.InvariantCulture, $"Timestamped at {stamp.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} by the timestamp authority '{stamp.Subject}' (certificate SHA-256 {stamp.CertificateSha256}{(stamp.Trusted ? ", trusted through --tsa-ca" : "; check it is the authority you trust, or give --tsa-ca")}).");
            }
            else if (Signed)
            {
                text.Append('\n').Append("Not timestamped (no SHA256SUMS.tsr): the signature says who, not when.");
            }

            return text.ToString();
        }
    }
}
