using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Html;

/// <summary>Every finding of a journey in one table, most severe first.</summary>
internal static class FindingsTable
{
    private const int ShownPageLength = 90;

    public static void Render(HtmlBuilder html, JourneyRun run, string journeyAnchor, Recipients recipients)
    {
        html.Add($"<h3>{run.Journey}</h3>");
        if (run.Findings.Count == 0)
        {
            html.Add($"<p class=\"muted\">No findings.</p>");
            return;
        }

        var counts = run.Findings.GroupBy(finding => finding.Severity).OrderByDescending(group => group.Key)
            .Select(group => Markup.Format($"<span class=\"badge sev-{Labels.SeverityKey(group.Key)}\">{group.Count()} {Labels.Severity(group.Key)}</span> "));
        html.Add($"<p>{Markup.Concat(counts)}</p>")
            .Add($"<table class=\"findings\"><colgroup><col class=\"severity\"><col class=\"category\"><col class=\"step\"><col class=\"page\"><col class=\"recipient\"><col class=\"parameter\"><col></colgroup><thead><tr><th>Severity</th><th>Category</th><th>Step</th><th>Page</th><th>Recipient</th><th>Parameter</th><th>Statement</th></tr></thead><tbody>");
        foreach (var finding in run.Findings.OrderByDescending(finding => finding.Severity).ThenBy(finding => finding.Time))
        {
            Row(html, finding, journeyAnchor, recipients);
        }

        html.Add($"</tbody></table>");
    }

    private static void Row(HtmlBuilder html, Finding finding, string journeyAnchor, Recipients recipients)
    {
        var severity = Labels.SeverityKey(finding.Severity);
        var page = finding.PageTitle is { Length: > 0 } title ? title : finding.PageUrl ?? "";
        var account = finding.AccountId is null ? Markup.Empty : Markup.Format($"<br><span class=\"muted mono\">{finding.AccountId}</span>");
        var meaning = finding.ParameterMeaning is null ? Markup.Empty : Markup.Format($"<br><span class=\"muted\">{finding.ParameterMeaning}</span>");
        html.Add($"<tr class=\"finding-row sev-{severity}\" data-severity=\"{severity}\" data-recipient=\"{recipients.KeyOf(finding.Recipient)}\">")
            .Add($"<td><span class=\"badge sev-{severity}\">{Labels.Severity(finding.Severity)}</span></td>")
            .Add($"<td>{Labels.Category(finding.Category)}</td>")
            .Add($"<td><a href=\"#{journeyAnchor}-s{finding.StepIndex}\">{finding.StepIndex}</a> {finding.StepName}</td>")
            .Add($"<td>{Labels.Shorten(page, ShownPageLength)}</td>")
            .Add($"<td>{finding.Recipient}{account}</td>")
            .Add($"<td><code>{finding.Parameter}</code>{meaning}</td>")
            .Add($"<td class=\"statement\">{finding.Statement} <a class=\"muted\" href=\"#{journeyAnchor}-r{finding.RequestId}\">request #{finding.RequestId}</a></td></tr>");
    }
}
