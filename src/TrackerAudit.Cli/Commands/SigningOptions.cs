using System.CommandLine;
using TrackerAudit.Errors;
using TrackerAudit.Signing;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>--sign KEY</c> and <c>--timestamp URL</c>, shared by every command that writes a run folder. The key is read
/// before any work starts, so a wrong key or passphrase is exit 2 before a browser opens.
/// </summary>
internal sealed class SigningOptions
{
    public Option<string?> Sign { get; } = new("--sign")
    {
        Description = "Sign SHA256SUMS into SHA256SUMS.sig with this ECDSA P-256 private key PEM (trackeraudit keygen makes one; "
            + "an encrypted key's passphrase comes from $" + SigningKeys.PassphraseVariable + ")",
        HelpName = "key.pem",
    };

    public Option<Uri?> Timestamp { get; } = new("--timestamp")
    {
        Description = "With --sign: have this RFC 3161 timestamp authority (http(s) URL) timestamp the signature, as SHA256SUMS.tsr",
        HelpName = "url",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"--timestamp: '{text}' is not an http(s) URL of a timestamp authority");
            return null;
        },
    };

    public IEnumerable<Option> All => [Sign, Timestamp];

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The signer the options ask for, or null; throws the invalid-input error for a key that cannot sign.</summary>
    public BundleSigner? CreateSigner(ParseResult parsed, TextWriter output)
    {
        var keyPath = parsed.GetValue(Sign);
        var timestamp = parsed.GetValue(Timestamp);
        if (keyPath is null)
        {
            return timestamp is null ? null : throw TrackerAuditException.InvalidOption("--timestamp", "needs --sign KEY: the timestamp is over the signature");
        }

        try
        {
            var key = SigningKeys.LoadPrivate(keyPath, Environment.GetEnvironmentVariable(SigningKeys.PassphraseVariable));
            if (SigningKeys.IsReadableByOthers(keyPath))
            {
                output.WriteLine($"Warning: the signing key {keyPath} can be read by other users of this machine (chmod 600 it).");
            }

            return new BundleSigner(key, timestamp);
        }
        catch (SigningKeyException exception)
        {
            throw TrackerAuditException.InvalidOption("--sign", exception.Message);
        }
    }

    /// <summary>
    /// Signs (and timestamps) a sealed folder and says so. Returns the exit code it adds: 0, or 3 when the signature
    /// or timestamp could not be made (the folder stays sealed, and signed when only the timestamp failed).
    /// </summary>
    public static async Task<int> SignAsync(BundleSigner? signer, string runFolder, TextWriter output, CancellationToken cancellationToken)
    {
        if (signer is null)
        {
            return ExitCodes.Success;
        }

        try
        {
            await signer.SignAsync(runFolder, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Signed {runFolder} with the key {signer.Fingerprint}{(signer.TimestampAuthority is null ? "" : ", timestamped by " + signer.TimestampAuthority)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (TimestampException exception)
        {
            await output.WriteLineAsync($"NOT timestamped: {exception.Message}. The bundle is signed (SHA256SUMS.sig) but has no SHA256SUMS.tsr.").ConfigureAwait(false);
            return ExitCodes.AuditFailed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"NOT signed: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.AuditFailed;
        }
    }

    /// <summary>The exit code that wins when several apply: 130, then 3, then 1, then 2, then 0.</summary>
    public static int Worst(int first, int second)
    {
        static int Rank(int code) => code switch
        {
            ExitCodes.Interrupted => 4,
            ExitCodes.AuditFailed => 3,
            ExitCodes.ExpectationFailed => 2,
            ExitCodes.InvalidInput => 1,
            _ => 0,
        };

        return Rank(second) > Rank(first) ? second : first;
    }
}
