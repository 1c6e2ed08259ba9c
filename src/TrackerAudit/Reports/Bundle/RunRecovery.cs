using System.Globalization;
using System.Text.Json;
using Serilog;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// <c>trackeraudit recover</c>: turns a run folder that was never sealed (the process was killed, crashed, or the
/// machine stopped) into a report of everything it captured, marked interrupted, naming the journeys that never
/// started. Writes <c>report.json</c> and the derived reports; the caller seals. A folder already sealed is left
/// alone: intact, there is nothing to do; changed, sealing it again would vouch for the change.
/// </summary>
internal static class RunRecovery
{
    public static async Task<RecoveryOutcome> RecoverAsync(string runFolder, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(runFolder))
        {
            throw new DirectoryNotFoundException($"{runFolder} is not a folder");
        }

        if (File.Exists(Path.Combine(runFolder, BundleChecksums.FileName)))
        {
            var verification = BundleChecksums.Verify(runFolder);
            if (!verification.Ok)
            {
                return new RecoveryOutcome(RecoveryKind.SealedAndChanged, null, verification.Message);
            }

            if (ReportBundle.Missing(runFolder).Count == 0)
            {
                return new RecoveryOutcome(RecoveryKind.AlreadySealed, null, verification.Message);
            }
        }

        var capturePath = Path.Combine(runFolder, AuditRunner.CaptureFileName);
        var reportPath = Path.Combine(runFolder, JsonReportWriter.FileName);
        if (!File.Exists(capturePath) && !File.Exists(reportPath))
        {
            throw new FileNotFoundException($"{runFolder} has neither {AuditRunner.CaptureFileName} nor {JsonReportWriter.FileName}: nothing to recover a report from", capturePath);
        }

        RemovePartialFiles(runFolder, logger);
        var plan = RunPlanFile.TryRead(runFolder);
        var report = TryReadReport(reportPath, logger) is { } written
            ? FromReport(written, now)
            : FromCapture(CaptureLog.Read(capturePath), plan, runFolder, now, logger);
        await JsonReportWriter.WriteAsync(report, runFolder, cancellationToken).ConfigureAwait(false);
        report = await ReportBundle.WriteDerivedAsync(report, runFolder, null, logger, cancellationToken).ConfigureAwait(false);
        return new RecoveryOutcome(RecoveryKind.Recovered, report, report.Completeness?.Reason ?? "");
    }

    /// <summary>The run wrote its report but did not get to seal: keep that report, the most complete there is.</summary>
    private static RunReport FromReport(RunReport report, DateTimeOffset now)
    {
        var recovered = new RecoveryInfo(now, JsonReportWriter.FileName, 0, []);
        var completeness = report.Completeness is { } existing
            ? existing with
            {
                // Incomplete only for want of reports, which are written now; an interrupted run stays interrupted.
                State = existing.State == RunCompleteness.Incomplete ? RunCompleteness.Complete : existing.State,
                Recovered = recovered,
                Reason = existing.Reason + "; trackeraudit recover wrote the reports again and sealed the folder",
            }
            : new RunCompleteness
            {
                State = RunCompleteness.Interrupted,
                Reason = "the process ended after writing report.json, before sealing the folder; the other reports were written again and the folder sealed by trackeraudit recover",
                Recovered = recovered,
            };
        return report with { Completeness = completeness with { NotWritten = [] } };
    }

    private static RunReport FromCapture(CaptureLog log, RunPlanDocument? plan, string runFolder, DateTimeOffset now, ILogger logger)
    {
        var runs = RecoveredRuns.Build(log, plan, runFolder, logger);
        var notStarted = plan?.Journeys.Select(journey => journey.Name).Where(name => !log.Journeys.Contains(name)).ToList() ?? [];
        var reason = string.Create(CultureInfo.InvariantCulture, $"the process ended without writing its report (killed, crashed or the machine stopped); rebuilt from {AuditRunner.CaptureFileName} by trackeraudit recover: {runs.Count} journey run(s) interrupted, ")
            + (plan is null ? $"which journeys never started is unknown (no {RunPlanFile.FileName})" : string.Create(CultureInfo.InvariantCulture, $"{notStarted.Count} never started"))
            + "; expectations were not checked";
        var ended = runs.Select(run => run.EndedAt).DefaultIfEmpty(plan?.StartedAt ?? now).Max();
        logger.Information("{Lines} capture lines read, {Unreadable} unreadable, {Requests} requests in {Journeys} journey run(s)", log.Lines, log.Unreadable.Count, runs.Sum(run => run.Requests.Count), runs.Count);
        return new RunReport
        {
            RunId = plan?.RunId ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(runFolder)),
            Tool = ToolInfo.Current,
            StartedAt = plan?.StartedAt ?? runs.Select(run => run.StartedAt).DefaultIfEmpty(now).Min(),
            EndedAt = ended,
            CommandLine = plan?.CommandLine ?? "",
            TrackerTraffic = plan?.TrackerTraffic ?? "unknown: the run was recovered without its plan",
            Error = "The run did not end on its own: " + reason + ".",
            Completeness = new RunCompleteness
            {
                State = RunCompleteness.Interrupted,
                Reason = reason,
                NotStarted = notStarted,
                Recovered = new RecoveryInfo(now, AuditRunner.CaptureFileName, log.Lines, log.Unreadable),
            },
            Journeys = runs,
        };
    }

    private static RunReport? TryReadReport(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonReportWriter.Read(path);
        }
        catch (Exception exception) when (exception is JsonException or IOException or NotSupportedException)
        {
            logger.Warning("{File} cannot be read ({Reason}): rebuilding the report from the capture log", JsonReportWriter.FileName, exception.Message);
            return null;
        }
    }

    // The tool writes each report to "<name>.tmp" and moves it into place: a leftover is half a file, never evidence.
    private static void RemovePartialFiles(string runFolder, ILogger logger)
    {
        foreach (var partial in Directory.EnumerateFiles(runFolder, "*.tmp"))
        {
            logger.Information("Removing {File}, left half-written when the run stopped", Path.GetFileName(partial));
            File.Delete(partial);
        }
    }
}
