using Serilog;
using TrackerAudit.Baselines;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Reports.Html;
using TrackerAudit.Reports.JUnit;
using TrackerAudit.Reports.Markdown;

namespace TrackerAudit.Reports;

/// <summary>
/// Writes the reports derived from <c>report.json</c> (Markdown, JUnit...) into a run folder. One
/// report that cannot be written never stops the others: each failure is logged and the rest are still written.
/// </summary>
internal static class ReportBundle
{
    public static async Task WriteDerivedAsync(RunReport report, string runFolder, RunDiff? diff, ILogger logger, CancellationToken cancellationToken)
    {
        await SafelyAsync(HtmlReportWriter.FileName, () => HtmlReportWriter.WriteAsync(report, runFolder, cancellationToken), logger).ConfigureAwait(false);
        await SafelyAsync(MarkdownReportWriter.FileName, () => MarkdownReportWriter.WriteAsync(report, runFolder, diff, cancellationToken), logger).ConfigureAwait(false);
        await SafelyAsync(JUnitWriter.FileName, () => JUnitWriter.WriteAsync(report, runFolder, cancellationToken), logger).ConfigureAwait(false);
        await SafelyAsync(HarWriter.FileName, () => HarWriter.WriteAsync(report, runFolder, cancellationToken), logger).ConfigureAwait(false);
        await SafelyAsync(MetadataWriter.FileName, () => MetadataWriter.WriteAsync(report, runFolder, cancellationToken), logger).ConfigureAwait(false);
    }

    private static async Task SafelyAsync(string file, Func<Task> write, ILogger logger)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException)
        {
            logger.Error(exception, "Could not write {File}", file);
        }
    }
}
