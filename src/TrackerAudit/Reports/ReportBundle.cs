using Serilog;
using TrackerAudit.Baselines;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Dataset;
using TrackerAudit.Reports.Har;
using TrackerAudit.Reports.Html;
using TrackerAudit.Reports.JUnit;
using TrackerAudit.Reports.Markdown;

namespace TrackerAudit.Reports;

/// <summary>
/// Writes the reports derived from <c>report.json</c> (Markdown, JUnit...) into a run folder. One
/// report that cannot be written never stops the others: each failure is logged, the rest are still written,
/// and the report is marked incomplete, naming what is missing, so the folder is never sealed as whole.
/// </summary>
internal static class ReportBundle
{
    /// <summary>The reports every run folder holds: <c>report.json</c> and those derived from it.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [JsonReportWriter.FileName, SqliteReportWriter.FileName, HtmlReportWriter.FileName, MarkdownReportWriter.FileName, JUnitWriter.FileName, HarWriter.FileName, MetadataWriter.FileName];

    /// <summary>
    /// Writes the derived reports. When one of them, or <c>report.json</c> before them, could not be written, returns
    /// the report marked <see cref="RunCompleteness.Incomplete"/> (written again into <c>report.json</c> and
    /// <c>metadata.json</c> as far as the disk allows); otherwise returns <paramref name="report"/>.
    /// </summary>
    public static async Task<RunReport> WriteDerivedAsync(RunReport report, string runFolder, RunDiff? diff, ILogger logger, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        if (!File.Exists(Path.Combine(runFolder, JsonReportWriter.FileName)))
        {
            failed.Add(JsonReportWriter.FileName);
        }

        await SafelyAsync(SqliteReportWriter.FileName, () => SqliteReportWriter.WriteAsync(report, runFolder, cancellationToken), logger, failed).ConfigureAwait(false);
        await SafelyAsync(HtmlReportWriter.FileName, () => HtmlReportWriter.WriteAsync(report, runFolder, cancellationToken), logger, failed).ConfigureAwait(false);
        await SafelyAsync(MarkdownReportWriter.FileName, () => MarkdownReportWriter.WriteAsync(report, runFolder, diff, cancellationToken), logger, failed).ConfigureAwait(false);
        await SafelyAsync(JUnitWriter.FileName, () => JUnitWriter.WriteAsync(report, runFolder, cancellationToken), logger, failed).ConfigureAwait(false);
        await SafelyAsync(HarWriter.FileName, () => HarWriter.WriteAsync(report, runFolder, cancellationToken), logger, failed).ConfigureAwait(false);
        await SafelyAsync(MetadataWriter.FileName, () => MetadataWriter.WriteAsync(report, runFolder, cancellationToken), logger, failed).ConfigureAwait(false);
        if (failed.Count == 0)
        {
            return report;
        }

        var marked = report with { Completeness = RunCompleteness.WithNotWritten(report.Completeness, failed) };
        // Best effort: on a full disk these may fail too, and then the missing files themselves say it (see verify).
        var ignored = new List<string>();
        await SafelyAsync(JsonReportWriter.FileName, () => JsonReportWriter.WriteAsync(marked, runFolder, cancellationToken), logger, ignored).ConfigureAwait(false);
        await SafelyAsync(MetadataWriter.FileName, () => MetadataWriter.WriteAsync(marked, runFolder, cancellationToken), logger, ignored).ConfigureAwait(false);
        return marked;
    }

    /// <summary>
    /// The reports of <see cref="Files"/> that are not in the folder. <c>report.sqlite</c> came later: a bundle sealed by
    /// an earlier version is whole without it (a run that failed to write it says so in its report's completeness).
    /// </summary>
    public static IReadOnlyList<string> Missing(string runFolder) =>
        Files.Where(file => file != SqliteReportWriter.FileName && !File.Exists(Path.Combine(runFolder, file))).ToList();

    private static async Task SafelyAsync(string file, Func<Task> write, ILogger logger, List<string> failed)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or System.Data.Common.DbException)
        {
            // The reason, not a stack trace: the console shows it to the person running the tool.
            logger.Error("Could not write {File}: {Reason}", file, exception.Message);
            failed.Add(file);
        }
    }
}
