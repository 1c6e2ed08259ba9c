using System.Globalization;
using System.Text;
using TrackerAudit.Baselines;
using TrackerAudit.Browsing;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Markdown;

/// <summary>
/// Writes <c>report.md</c>: a summary short enough for a pull-request comment or a CI job summary
/// (GitHub's <c>$GITHUB_STEP_SUMMARY</c>, GitLab), with the overall verdict first.
/// </summary>
internal static class MarkdownReportWriter
{
    public const string FileName = "report.md";

    /// <summary>GitHub refuses comments over 65,536 characters; leave room for text a workflow adds around the report.</summary>
    public const int DefaultMaxLength = 60_000;

    public static string Render(RunReport report, RunDiff? diff = null) => Render(report, diff, DefaultMaxLength);

    internal static string Render(RunReport report, RunDiff? diff, int maxLength)
    {
        var text = new StringBuilder();
        AppendHeader(text, report);
        if (diff is not null)
        {
            MarkdownDiffSection.Append(text, diff);
        }

        MarkdownComparisonSection.Append(text, report);
        MarkdownSiteSection.Append(text, report);

        foreach (var run in report.Journeys)
        {
            MarkdownJourneySection.Append(text, run);
        }

        return Truncate(text.ToString(), maxLength);
    }

    public static async Task WriteAsync(RunReport report, string runFolder, RunDiff? diff, CancellationToken ct)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, Render(report, diff), new UTF8Encoding(false), ct).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The title: the overall verdict, in the order the exit code gives them (audit failure before expectations).</summary>
    internal static string Title(RunReport report) =>
        report.Error is not null || report.Journeys.Any(run => run.Status != JourneyStatus.Completed) ? "⚠️ TrackerAudit: audit failed"
        : report.Journeys.Any(run => run.Expectations.Any(expectation => !expectation.Passed)) ? "❌ TrackerAudit: expectations failed"
        : "✅ TrackerAudit: passed";

    private static void AppendHeader(StringBuilder text, RunReport report)
    {
        text.AppendLine("## " + Title(report));
        text.AppendLine();
        var findings = report.Journeys.SelectMany(run => run.Findings).ToList();
        var facts = new List<string>
        {
            Invariant($"{report.Journeys.Count} journey{(report.Journeys.Count == 1 ? "" : "s")}"),
            Invariant($"{findings.Count} finding{(findings.Count == 1 ? "" : "s")}{(findings.Count == 0 ? "" : " (" + SeverityCounts(findings) + ")")}"),
            "run " + MarkdownText.Code(report.RunId),
            report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        };
        if (report.Browser is not null)
        {
            var remote = report.Browser.Mode == BrowserMode.Remote ? " (remote)" : "";
            facts.Add(MarkdownText.Escape($"{report.Browser.Name} {report.Browser.Version}{remote}", 80));
        }

        if (!string.IsNullOrEmpty(report.TrackerTraffic))
        {
            facts.Add("tracker traffic " + MarkdownText.Escape(report.TrackerTraffic, 120));
        }

        text.AppendLine(string.Join(" · ", facts));
        text.AppendLine();
        if (report.Error is not null)
        {
            text.AppendLine("> **The audit could not run:** " + MarkdownText.Escape(report.Error));
            text.AppendLine();
        }

        if (report.Journeys.Count == 0)
        {
            return;
        }

        text.AppendLine("| Journey | Verdict | Expectations | Findings |");
        text.AppendLine("|---|---|---|---|");
        foreach (var run in report.Journeys)
        {
            var failed = run.Expectations.Count(expectation => !expectation.Passed);
            var expectations = run.Expectations.Count == 0 ? "none"
                : failed == 0 ? Invariant($"{run.Expectations.Count} held")
                : Invariant($"{failed} of {run.Expectations.Count} failed");
            text.AppendLine(Invariant(
                $"| {MarkdownText.Escape(run.Journey, 120)} | {MarkdownJourneySection.Verdict(run, 120)} | {expectations} | {(run.Findings.Count == 0 ? "none" : SeverityCounts(run.Findings))} |"));
        }

        text.AppendLine();
    }

    internal static string SeverityCounts(IReadOnlyCollection<Finding> findings) =>
        string.Join(", ", Enum.GetValues<Severity>().Reverse()
            .Select(severity => (severity, count: findings.Count(finding => finding.Severity == severity)))
            .Where(pair => pair.count > 0)
            .Select(pair => Invariant($"{pair.count} {pair.severity.ToString().ToLowerInvariant()}")));

    private static string Truncate(string markdown, int maxLength)
    {
        if (markdown.Length <= maxLength)
        {
            return markdown;
        }

        var note = Invariant($"{Environment.NewLine}{Environment.NewLine}> **Truncated** to {maxLength:N0} characters: the whole run is in `report.json`.{Environment.NewLine}");
        var room = Math.Max(0, maxLength - note.Length);
        var cut = markdown.LastIndexOf('\n', Math.Max(0, room - 1));
        return markdown[..Math.Max(0, cut)] + note;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
