using TrackerAudit.Running;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Reports.Html;

/// <summary>A journey's third-party table: every host of another site, its company and category, its requests, and whether a decoder read them.</summary>
internal static class ThirdPartySection
{
    public static void Render(HtmlBuilder html, JourneyRun run, string anchor)
    {
        html.Add($"<h3 id=\"{anchor}-third-parties\">Third parties</h3>");
        if (run.ThirdParties.Count == 0)
        {
            html.Add($"<p class=\"muted\">None: every request went to the start page's own site.</p>");
            return;
        }

        var named = run.ThirdParties.Count(row => row.Company is not null);
        html.Add($"<p class=\"muted\">{Labels.Count(run.ThirdParties.Count, "host", "hosts")} of other sites, {named} named by the lists in metadata.json.</p>")
            .Add($"<table class=\"third-parties\"><thead><tr><th>Host</th><th>Company</th><th>Category</th><th>Requests</th><th>Decoded</th></tr></thead><tbody>");
        foreach (var row in run.ThirdParties)
        {
            html.Add($"<tr><td class=\"mono\">{row.Host}</td><td>{ThirdPartyTable.Who(row)}</td><td>{row.Category ?? "unknown"}</td>")
                .Add($"<td>{row.Requests}</td><td>{ThirdPartyTable.Decoding(row)}</td></tr>");
        }

        html.Add($"</tbody></table>");
    }
}
