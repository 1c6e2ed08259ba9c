using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Signing;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// The last act of every command that writes a run folder: seal it with <c>SHA256SUMS</c>, sign it, and say loudly
/// when a report is missing. A folder missing a report is never passed off as whole: exit 3.
/// </summary>
internal static class Sealing
{
    /// <summary>Seals and signs the folder; returns 0, or 3 when it could not be sealed or signed or lacks a report.</summary>
    public static async Task<int> SealAsync(string runFolder, BundleSigner? signer, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await BundleChecksums.WriteAsync(runFolder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"NOT sealed: {BundleChecksums.FileName} could not be written ({exception.Message}). Once there is room again: trackeraudit recover {runFolder}").ConfigureAwait(false);
            return ExitCodes.AuditFailed;
        }

        var signed = await SigningOptions.SignAsync(signer, runFolder, output, cancellationToken).ConfigureAwait(false);
        return SigningOptions.Worst(signed, await CheckWholeAsync(runFolder, output).ConfigureAwait(false));
    }

    /// <summary>Returns 3, having said which, when the folder lacks one of its reports; otherwise 0.</summary>
    public static async Task<int> CheckWholeAsync(string runFolder, TextWriter output)
    {
        var missing = ReportBundle.Missing(runFolder);
        if (missing.Count == 0)
        {
            return ExitCodes.Success;
        }

        await output.WriteLineAsync(
            $"INCOMPLETE: {string.Join(", ", missing)} could not be written (see log.ndjson); the folder is sealed as incomplete, and verify says so. "
            + $"Once the cause is fixed (e.g. disk space): trackeraudit recover {runFolder}").ConfigureAwait(false);
        return ExitCodes.AuditFailed;
    }
}
