using System.CommandLine;
using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit recover</c>: rebuilds the reports of a run folder that was never sealed (the run was killed with
/// <c>kill -9</c>, crashed, or its disk filled up) from its capture log, marks it interrupted or incomplete, naming
/// the journeys that never started, and seals it. Exit 0 when sealed (or already sealed and intact), 1 when the
/// folder is sealed and changed since (left alone), 2 when there is nothing to recover from, 3 when a report or the
/// seal could not be written.
/// </summary>
internal static class RecoverCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("run-folder") { Description = "A run folder whose run never sealed it (no SHA256SUMS), e.g. after kill -9" };
        var signing = new SigningOptions();
        var command = new Command("recover", "Rebuild the reports of a run folder that was never sealed from its capture.ndjson, mark it interrupted, and seal it") { folder };
        signing.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var runFolder = Path.GetFullPath(parsed.GetValue(folder)!);
            using var signer = signing.CreateSigner(parsed, output);
            RecoveryOutcome outcome;
            await using (var logger = RunLogger.Create(null, verbose: false))
            {
                try
                {
                    outcome = await RunRecovery.RecoverAsync(runFolder, DateTimeOffset.UtcNow, logger, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
                {
                    throw TrackerAuditException.InvalidOption("recover", exception.Message);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw TrackerAuditException.OutputNotWritable(runFolder, exception);
                }
            }

            switch (outcome.Kind)
            {
                case RecoveryKind.AlreadySealed:
                    await output.WriteLineAsync($"Already sealed, nothing to recover. {outcome.Message}").ConfigureAwait(false);
                    return ExitCodes.Success;
                case RecoveryKind.SealedAndChanged:
                    // Sealing again would make the changed files look like the run's own.
                    await output.WriteLineAsync($"Not recovered: {runFolder} is sealed and was changed since. {outcome.Message}").ConfigureAwait(false);
                    return ExitCodes.ExpectationFailed;
            }

            var report = outcome.Report!;
            await output.WriteAsync(ConsoleSummary.Render(report, runFolder)).ConfigureAwait(false);
            await output.WriteLineAsync(Describe(report)).ConfigureAwait(false);
            var sealedCode = await Sealing.SealAsync(runFolder, signer, output, CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync($"Recovered and sealed. Check it with: trackeraudit verify {runFolder}").ConfigureAwait(false);
            return sealedCode;
        });
        return command;
    }

    private static string Describe(RunReport report)
    {
        var completeness = report.Completeness;
        var requests = report.Journeys.Sum(run => run.Requests.Count);
        var text = string.Create(CultureInfo.InvariantCulture, $"Recovered {requests} requests of {report.Journeys.Count} journey run(s): {completeness?.State ?? "complete"}.");
        if (completeness is null)
        {
            return text;
        }

        if (completeness.NotStarted.Count > 0)
        {
            text += "\nNever started: " + string.Join(", ", completeness.NotStarted);
        }

        if (completeness.Recovered is { UnreadableLines.Count: > 0 } recovered)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"\nUnreadable capture lines (cut off when the run stopped): {string.Join(", ", recovered.UnreadableLines.Take(10))}");
        }

        return text;
    }
}
