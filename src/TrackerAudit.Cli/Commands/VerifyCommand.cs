using System.CommandLine;
using TrackerAudit.Errors;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit verify</c>: re-checks a run folder against its <c>SHA256SUMS</c> and names every
/// changed, missing or added file. Exit 0 when intact, 1 when not, 2 when there is nothing to check.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("run-folder")
        {
            Description = "The run folder (reports/<run-id>) holding SHA256SUMS",
        };
        var command = new Command("verify", "Prove a run folder was not changed since the run: re-check every file against its SHA256SUMS") { folder };
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
            // A changed bundle fails the check the way a failed expectation fails an audit.
            return verification.Ok ? ExitCodes.Success : ExitCodes.ExpectationFailed;
        });
        return command;
    }
}
