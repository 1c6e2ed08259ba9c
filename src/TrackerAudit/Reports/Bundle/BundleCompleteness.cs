using System.Text.Json;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// What a sealed run folder says about itself, for <c>verify</c>: whether it holds every report (a folder sealed
/// without one is incomplete, even when every file it lists is intact) and whether its run was interrupted.
/// </summary>
internal static class BundleCompleteness
{
    /// <summary>Whether the folder holds every report, and its completeness in words (null when the run was whole).</summary>
    public static (bool Whole, string? Message) Check(string runFolder)
    {
        var reportPath = Path.Combine(runFolder, JsonReportWriter.FileName);
        var missing = ReportBundle.Missing(runFolder);
        RunCompleteness? completeness = null;
        if (!File.Exists(reportPath))
        {
            // A folder with the other reports but no report.json is a run whose report could not be written; any other
            // folder is not one TrackerAudit wrote, and only its checksums can be judged.
            if (!File.Exists(Path.Combine(runFolder, MetadataWriter.FileName)))
            {
                return (true, null);
            }
        }
        else
        {
            try
            {
                completeness = JsonReportWriter.Read(reportPath).Completeness;
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                return (true, null);
            }
        }

        if (missing.Count > 0 || completeness?.State == RunCompleteness.Incomplete)
        {
            var files = missing.Concat(completeness?.NotWritten ?? []).Distinct(StringComparer.Ordinal);
            return (false, $"INCOMPLETE: sealed without {string.Join(", ", files)}, which the tool could not write; what it holds is as the run left it. To finish it: trackeraudit recover {runFolder}");
        }

        if (completeness is null)
        {
            return (true, null);
        }

        var text = $"The run was {completeness.State}: {completeness.Reason}.";
        if (completeness.NotStarted.Count > 0)
        {
            text += " Never started: " + string.Join(", ", completeness.NotStarted) + ".";
        }

        return (true, text);
    }
}
