using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace TrackerAudit.Signing;

/// <summary>
/// Asks an RFC 3161 timestamp authority to vouch that some bytes existed at a time: an HTTP POST of a
/// <c>application/timestamp-query</c>, answered by a <c>TimeStampResp</c> whose token is checked here before it is kept.
/// </summary>
internal static class TimestampClient
{
    /// <summary>A TimeStampResp with a certificate chain is a few kilobytes; more is not a timestamp authority.</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Returns the authority's whole response (the bytes of <c>SHA256SUMS.tsr</c>) for a token over the SHA-256 of
    /// <paramref name="data"/>. Throws <see cref="TimestampException"/> when the authority cannot be reached or its answer does not hold.
    /// </summary>
    public static async Task<byte[]> RequestAsync(Uri authority, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        // A nonce is a positive INTEGER: a clear top bit keeps it so without a padding byte.
        nonce[0] &= 0x7f;
        var request = Rfc3161TimestampRequest.CreateFromData(data.Span, HashAlgorithmName.SHA256, requestedPolicyId: null, nonce: nonce, requestSignerCertificates: true);
        using var http = new HttpClient { Timeout = Timeout, MaxResponseContentBufferSize = MaxResponseBytes };
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        byte[] body;
        try
        {
            using var response = await http.PostAsync(authority, content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new TimestampException($"the timestamp authority {authority} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new TimestampException($"the timestamp authority {authority} could not be reached: {exception.Message}", exception);
        }

        try
        {
            // Checks the status, the nonce, the message imprint and that the authority's certificate came along.
            var token = request.ProcessResponse(body, out var consumed);
            if (!token.VerifySignatureForData(data.Span, out _))
            {
                throw new TimestampException($"the token from {authority} does not verify: its signature or message imprint is wrong");
            }

            return body[..consumed];
        }
        catch (CryptographicException exception)
        {
            throw new TimestampException($"the answer of {authority} is not a valid timestamp for this request: {exception.Message}", exception);
        }
    }
}
