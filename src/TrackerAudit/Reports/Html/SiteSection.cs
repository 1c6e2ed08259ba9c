namespace TrackerAudit.Reports.Html;

/// <summary>The table of a scan's sites: each site's outcome and why, so that a site not seen is never read as one without trackers.</summary>
internal static class SiteSection
{
    public static void Render(HtmlBuilder html, RunReport report)
    {
        var rows = SiteRow.Of(report);
        if (rows.Count == 0)
        {
            return;
        }

        var anchors = report.Journeys.Select((run, i) => (run.Journey, Anchor: $"j{i}")).ToDictionary(pair => pair.Journey, pair => pair.Anchor, StringComparer.Ordinal);
        html.Add($"<section id=\"sites\"><h2>Sites scanned</h2>")
            .Add($"<table class=\"sites\"><thead><tr><th>Site</th><th>Outcome</th><th>Pages</th><th>Trackers</th><th>Findings</th><th>Why</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Add($"<tr><td><a href=\"#{anchors[row.Journey]}\">{row.StartUrl}</a></td><td class=\"outcome-{row.Outcome}\">{row.Outcome}</td>")
                .Add($"<td>{row.Pages}</td><td>{row.TrackersText}</td><td>{row.Findings}</td><td>{row.Why ?? ""}</td></tr>");
        }

        html.Add($"</tbody></table>");
        if (rows.FirstOrDefault(row => row.Browser is not null)?.Browser is { } browser)
        {
            html.Add($"<p class=\"muted\">What the sites saw of the browser: {browser}</p>");
        }

        html.Add($"</section>");
    }
}
