using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Markdown;

/// <summary>The Markdown table of a scan's sites: each site's outcome, so that a site not seen is never read as one without trackers.</summary>
internal static class MarkdownSiteSection
{
    public static void Append(StringBuilder text, RunReport report)
    {
        var rows = SiteRow.Of(report);
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine("### Sites scanned");
        text.AppendLine();
        text.AppendLine("| Site | Outcome | Pages | Trackers | Findings | Why |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Code(row.StartUrl, 120)} | {(row.Outcome == "completed" ? row.Outcome : "**" + row.Outcome + "**")} | {row.Pages} | {MarkdownText.Escape(row.TrackersText, 200)} | {row.Findings} | {MarkdownText.Escape(row.Why ?? "", 300)} |"));
        }

        text.AppendLine();
        if (rows.FirstOrDefault(row => row.Browser is not null)?.Browser is { } browser)
        {
            text.AppendLine("What the sites saw of the browser: " + MarkdownText.Escape(browser, 400));
            text.AppendLine();
        }
    }
}
