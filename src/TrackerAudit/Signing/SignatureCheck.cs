using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Signing;

/// <summary>
/// Checks who signed a run folder and when: <c>SHA256SUMS.sig</c> against a public key, and <c>SHA256SUMS.tsr</c>
/// (the token's signature by its authority, and that it covers exactly this signature).
/// </summary>
internal static class SignatureCheck
{
    // id-kp-timeStamping: the only purpose a timestamp authority's certificate may have (RFC 3161 2.3).
    private const string TimeStampingUsage = "1.3.6.1.5.5.7.3.8";

    /// <param name="runFolder">The run folder.</param>
    /// <param name="publicKey">The key the reader expects to have signed.</param>
    /// <param name="timestampRoots">CAs the reader trusts for timestamp authorities; null to only report who the authority is.</param>
    public static SignatureVerification Check(string runFolder, ECDsa publicKey, X509Certificate2Collection? timestampRoots)
    {
        var fingerprint = SigningKeys.Fingerprint(publicKey);
        var signaturePath = Path.Combine(runFolder, BundleChecksums.SignatureFileName);
        if (!File.Exists(signaturePath))
        {
            return new SignatureVerification(false, false, fingerprint, null, null);
        }

        var signature = File.ReadAllBytes(signaturePath);
        var sums = File.ReadAllBytes(Path.Combine(runFolder, BundleChecksums.FileName));
        var valid = publicKey.VerifyData(sums, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var timestampPath = Path.Combine(runFolder, BundleChecksums.TimestampFileName);
        if (!File.Exists(timestampPath))
        {
            return new SignatureVerification(true, valid, fingerprint, null, null);
        }

        try
        {
            return new SignatureVerification(true, valid, fingerprint, CheckTimestamp(File.ReadAllBytes(timestampPath), signature, timestampRoots), null);
        }
        catch (CryptographicException exception)
        {
            return new SignatureVerification(true, valid, fingerprint, null, exception.Message);
        }
    }

    private static TimestampInfo CheckTimestamp(byte[] response, byte[] signature, X509Certificate2Collection? roots)
    {
        var token = TimestampResponse.ReadToken(response);
        if (!token.VerifySignatureForData(signature, out var authority) || authority is null)
        {
            throw new CryptographicException("SHA256SUMS.tsr is not a timestamp of this SHA256SUMS.sig, or its authority's signature is broken");
        }

        var time = token.TokenInfo.Timestamp;
        var trusted = false;
        if (roots is not null)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.ExtraStore.AddRange(token.AsSignedCms().Certificates);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.ApplicationPolicy.Add(new Oid(TimeStampingUsage));
            // The authority's certificate had to be valid when it stamped, not today.
            chain.ChainPolicy.VerificationTime = time.UtcDateTime;
            if (!chain.Build(authority))
            {
                var reasons = string.Join("; ", chain.ChainStatus.Select(status => status.StatusInformation.Trim()).Where(text => text.Length > 0).Distinct());
                throw new CryptographicException($"the authority's certificate '{authority.Subject}' does not chain to a CA given with --tsa-ca: {reasons}");
            }

            trusted = true;
        }

        return new TimestampInfo(time, authority.Subject, Convert.ToHexStringLower(SHA256.HashData(authority.RawData)), trusted);
    }
}
