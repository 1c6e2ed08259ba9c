using System.CommandLine;
using TrackerAudit.Errors;
using TrackerAudit.Signing;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit keygen</c>: makes an ECDSA P-256 key pair for <c>--sign</c>: the private key (mode 0600,
/// encrypted with <c>$TRACKERAUDIT_KEY_PASSPHRASE</c> when <c>--encrypt</c>) and <c>KEY.pub.pem</c> to publish.
/// </summary>
internal static class KeygenCommand
{
    public static Command Create(TextWriter output)
    {
        var target = new Option<string>("--out", "-o")
        {
            Description = "Where to write the private key PEM; the public key goes beside it as <name>.pub.pem",
            Required = true,
            HelpName = "key.pem",
        };
        var encrypt = new Option<bool>("--encrypt")
        {
            Description = "Encrypt the private key (PKCS#8, AES-256) with the passphrase in $" + SigningKeys.PassphraseVariable,
        };
        var command = new Command("keygen", "Make an ECDSA P-256 key pair to sign run folders with (--sign) and to verify them with (verify --key)") { target, encrypt };
        command.SetAction(async parsed =>
        {
            var path = Path.GetFullPath(parsed.GetValue(target)!);
            string? passphrase = null;
            if (parsed.GetValue(encrypt))
            {
                passphrase = Environment.GetEnvironmentVariable(SigningKeys.PassphraseVariable);
                if (string.IsNullOrEmpty(passphrase))
                {
                    throw TrackerAuditException.InvalidOption("--encrypt", $"put the passphrase in the environment variable {SigningKeys.PassphraseVariable}");
                }
            }

            (string PublicKeyPath, string Fingerprint) made;
            try
            {
                made = SigningKeys.Generate(path, passphrase);
            }
            catch (SigningKeyException exception)
            {
                throw TrackerAuditException.InvalidOption("keygen", exception.Message);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw TrackerAuditException.InvalidOption("keygen", $"cannot write {path}: {exception.Message}");
            }

            await output.WriteLineAsync($"Private key: {path} (only you can read it{(passphrase is null ? "" : "; encrypted")}). Keep it offline; sign with --sign {path}").ConfigureAwait(false);
            await output.WriteLineAsync($"Public key:  {made.PublicKeyPath} (publish it; readers verify with: trackeraudit verify <run-folder> --key {made.PublicKeyPath})").ConfigureAwait(false);
            await output.WriteLineAsync($"Fingerprint: {made.Fingerprint}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
