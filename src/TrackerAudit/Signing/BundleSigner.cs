using System.Security.Cryptography;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Signing;

/// <summary>
/// Signs a sealed run folder: <c>SHA256SUMS</c> into <c>SHA256SUMS.sig</c> (a DER ECDSA signature over SHA-256, what
/// <c>openssl dgst -sha256 -verify</c> checks), and with a timestamp authority, <c>SHA256SUMS.tsr</c>: an RFC 3161
/// token over the signature, so that it proves the signature, and with it the list, existed at that time.
/// </summary>
internal sealed class BundleSigner : IDisposable
{
    private readonly ECDsa _key;

    /// <param name="key">The private key; the signer owns it from now on.</param>
    /// <param name="timestampAuthority">An RFC 3161 timestamp authority's URL, or null for no timestamp.</param>
    public BundleSigner(ECDsa key, Uri? timestampAuthority)
    {
        _key = key;
        TimestampAuthority = timestampAuthority;
        Fingerprint = SigningKeys.Fingerprint(key);
    }

    /// <summary>The signing key's fingerprint (see <see cref="SigningKeys.Fingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>Where timestamps come from; null for none.</summary>
    public Uri? TimestampAuthority { get; }

    /// <summary>
    /// Signs the folder's <c>SHA256SUMS</c>, then timestamps the signature. The signature is on disk before the
    /// authority is asked: a <see cref="TimestampException"/> leaves a signed bundle without a timestamp.
    /// </summary>
    public async Task SignAsync(string runFolder, CancellationToken cancellationToken)
    {
        var sums = await File.ReadAllBytesAsync(Path.Combine(runFolder, BundleChecksums.FileName), cancellationToken).ConfigureAwait(false);
        var signature = _key.SignData(sums, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        await WriteAtomicallyAsync(Path.Combine(runFolder, BundleChecksums.SignatureFileName), signature, cancellationToken).ConfigureAwait(false);
        if (TimestampAuthority is not null)
        {
            var response = await TimestampClient.RequestAsync(TimestampAuthority, signature, cancellationToken).ConfigureAwait(false);
            await WriteAtomicallyAsync(Path.Combine(runFolder, BundleChecksums.TimestampFileName), response, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _key.Dispose();

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
