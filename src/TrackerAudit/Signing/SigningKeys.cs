using System.Security.Cryptography;

namespace TrackerAudit.Signing;

/// <summary>
/// Makes and reads the ECDSA P-256 keys that sign run folders. .NET 10 has no Ed25519 of its own (only inside
/// composite ML-DSA), so P-256 is the one algorithm: what <c>openssl dgst -sha256 -verify</c> checks everywhere.
/// </summary>
internal static class SigningKeys
{
    /// <summary>The environment variable holding the passphrase of an encrypted private key.</summary>
    public const string PassphraseVariable = "TRACKERAUDIT_KEY_PASSPHRASE";

    // The named curve P-256 (prime256v1, secp256r1).
    private const string P256Oid = "1.2.840.10045.3.1.7";

    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough to make guessing a stolen key's passphrase costly.
    private const int PassphraseIterations = 600_000;

    /// <summary>Where the public key of <paramref name="privateKeyPath"/> goes: <c>KEY.pem</c> gives <c>KEY.pub.pem</c>.</summary>
    public static string PublicKeyPath(string privateKeyPath) =>
        privateKeyPath.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) ? privateKeyPath[..^4] + ".pub.pem" : privateKeyPath + ".pub.pem";

    /// <summary>
    /// Writes a new private key (PKCS#8 PEM, encrypted with <paramref name="passphrase"/> when given; file mode 0600)
    /// and its public key beside it. Never overwrites a file. Returns the public key's path and fingerprint.
    /// </summary>
    public static (string PublicKeyPath, string Fingerprint) Generate(string privateKeyPath, string? passphrase)
    {
        var publicKeyPath = PublicKeyPath(privateKeyPath);
        foreach (var path in (string[])[privateKeyPath, publicKeyPath])
        {
            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new SigningKeyException($"{path} already exists: a key is never overwritten (a lost key cannot sign again, a replaced one cannot be trusted)");
            }
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = passphrase is null
            ? key.ExportPkcs8PrivateKeyPem()
            : key.ExportEncryptedPkcs8PrivateKeyPem(passphrase, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, PassphraseIterations));
        WritePrivate(privateKeyPath, pem + "\n");
        File.WriteAllText(publicKeyPath, key.ExportSubjectPublicKeyInfoPem() + "\n");
        return (publicKeyPath, Fingerprint(key));
    }

    /// <summary>Reads a private key PEM (PKCS#8, encrypted PKCS#8 or SEC1 "EC PRIVATE KEY"); throws <see cref="SigningKeyException"/> saying why it cannot sign.</summary>
    public static ECDsa LoadPrivate(string path, string? passphrase)
    {
        var pem = ReadPem(path);
        var key = ECDsa.Create();
        try
        {
            if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
            {
                if (string.IsNullOrEmpty(passphrase))
                {
                    throw new SigningKeyException($"{path} is encrypted: put its passphrase in the environment variable {PassphraseVariable}");
                }

                key.ImportFromEncryptedPem(pem, passphrase);
            }
            else if (pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                key.ImportFromPem(pem);
            }
            else
            {
                throw new SigningKeyException($"{path} holds no private key PEM (-----BEGIN PRIVATE KEY-----); sign with the private key, verify with the .pub.pem");
            }

            CheckCurve(key, path);
            return key;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new SigningKeyException($"{path} is not an ECDSA P-256 private key{(pem.Contains("ENCRYPTED", StringComparison.Ordinal) ? " (or the passphrase is wrong)" : "")}: {exception.Message}", exception);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Reads a public key PEM (SubjectPublicKeyInfo); a private key PEM gives its public half.</summary>
    public static ECDsa LoadPublic(string path)
    {
        var pem = ReadPem(path);
        if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new SigningKeyException($"{path} is an encrypted private key: verify with the public key ({PublicKeyPath(path)})");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            CheckCurve(key, path);
            return key;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new SigningKeyException($"{path} is not an ECDSA P-256 public key PEM (-----BEGIN PUBLIC KEY-----): {exception.Message}", exception);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Who signed: <c>SHA256:</c> and the lower-case hex SHA-256 of the key's DER SubjectPublicKeyInfo, what
    /// <c>openssl pkey -pubin -in KEY.pub.pem -outform DER | sha256sum</c> prints.
    /// </summary>
    public static string Fingerprint(ECDsa key) => "SHA256:" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>Whether group or others may read the file (Unix only): a signing key should be its owner's alone.</summary>
    public static bool IsReadableByOthers(string path) =>
        !OperatingSystem.IsWindows()
        && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0;

    private static string ReadPem(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new SigningKeyException($"{path}: no such key file");
        }

        // A PEM key is well under a kilobyte; refusing large files keeps a wrong path from being read whole.
        if (file.Length > 64 * 1024)
        {
            throw new SigningKeyException($"{path} is not a key: {file.Length} bytes, a PEM key is under 64 KiB");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SigningKeyException($"{path} cannot be read: {exception.Message}", exception);
        }
    }

    private static void CheckCurve(ECDsa key, string path)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        if (!curve.IsNamed || curve.Oid.Value != P256Oid)
        {
            throw new SigningKeyException($"{path} is an ECDSA key on {curve.Oid.FriendlyName ?? curve.Oid.Value ?? "an unnamed curve"}, not P-256");
        }
    }

    private static void WritePrivate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600: the key is never readable by others, not even for a moment before a chmod.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        writer.Write(pem);
    }
}
