using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TrackerAudit.Errors;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Signing;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit verify</c>: re-checks a run folder against its <c>SHA256SUMS</c> and names every
/// changed, missing or added file; with <c>--key</c>, also who signed the list and when it was timestamped.
/// Exit 0 when intact (and signed by the key), 1 when not, 2 when there is nothing to check.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("run-folder")
        {
            Description = "The run folder (reports/<run-id>) holding SHA256SUMS",
        };
        var key = new Option<string?>("--key")
        {
            Description = "The signer's public key PEM (KEY.pub.pem from keygen): also check SHA256SUMS.sig, and SHA256SUMS.tsr when present",
            HelpName = "public-key.pem",
        };
        var timestampCa = new Option<string?>("--tsa-ca")
        {
            Description = "With --key: PEM file of the CA certificate(s) you trust for timestamp authorities; the timestamp must chain to one",
            HelpName = "ca.pem",
        };
        var command = new Command("verify", "Prove a run folder was not changed since the run: re-check every file against its SHA256SUMS, and with --key who signed it and when")
        {
            folder,
            key,
            timestampCa,
        };
        command.SetAction(async parsed =>
        {
            var path = parsed.GetValue(folder)!;
            BundleVerification verification;
            try
            {
                verification = BundleChecksums.Verify(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw TrackerAuditException.InvalidOption("verify", exception.Message);
            }

            await output.WriteLineAsync(verification.Message).ConfigureAwait(false);
            var (whole, completeness) = BundleCompleteness.Check(path);
            if (completeness is not null)
            {
                await output.WriteLineAsync(completeness).ConfigureAwait(false);
            }

            var signed = true;
            var keyPath = parsed.GetValue(key);
            if (keyPath is not null)
            {
                var signature = CheckSignature(path, keyPath, parsed.GetValue(timestampCa));
                await output.WriteLineAsync(signature.Message).ConfigureAwait(false);
                signed = signature.Ok;
            }
            else if (parsed.GetValue(timestampCa) is not null)
            {
                throw TrackerAuditException.InvalidOption("--tsa-ca", "needs --key: the timestamp is checked with the signature");
            }
            else if (File.Exists(Path.Combine(path, BundleChecksums.SignatureFileName)))
            {
                await output.WriteLineAsync($"Signed ({BundleChecksums.SignatureFileName}), not checked: give --key <public-key.pem> to check who signed it.").ConfigureAwait(false);
            }

            // A changed bundle fails the check the way a failed expectation fails an audit.
            // A folder sealed without one of its reports is not the whole evidence, however intact what it holds.
            return verification.Ok && signed && whole ? ExitCodes.Success : ExitCodes.ExpectationFailed;
        });
        return command;
    }

    private static SignatureVerification CheckSignature(string folder, string keyPath, string? caPath)
    {
        var roots = caPath is null ? null : LoadRoots(caPath);
        try
        {
            using var publicKey = SigningKeys.LoadPublic(keyPath);
            return SignatureCheck.Check(folder, publicKey, roots);
        }
        catch (SigningKeyException exception)
        {
            throw TrackerAuditException.InvalidOption("--key", exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.InvalidOption("verify", exception.Message);
        }
        finally
        {
            foreach (var certificate in roots ?? [])
            {
                certificate.Dispose();
            }
        }
    }

    private static X509Certificate2Collection LoadRoots(string caPath)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(caPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw TrackerAuditException.InvalidOption("--tsa-ca", $"{caPath}: {exception.Message}");
        }

        return roots.Count > 0 ? roots : throw TrackerAuditException.InvalidOption("--tsa-ca", $"{caPath} holds no certificate (-----BEGIN CERTIFICATE-----)");
    }
}
