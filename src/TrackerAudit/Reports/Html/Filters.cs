using TrackerAudit.Findings;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// The tracker and severity filters. Hidden until the script shows them, so with script off the
/// page shows everything and no dead controls.
/// </summary>
internal static class Filters
{
    public static void Render(HtmlBuilder html, Recipients recipients)
    {
        var severities = Enum.GetValues<Severity>().OrderDescending()
            .Select(severity => Markup.Format($"<option value=\"{Labels.SeverityKey(severity)}\">{Labels.Severity(severity)} only</option>"));
        var trackers = recipients.All
            .Select(pair => Markup.Format($"<option value=\"{pair.Value}\">{pair.Key}</option>"));
        html.Add($"<div class=\"filters\" id=\"filters\" hidden>")
            .Add($"<label>Severity<select id=\"filter-severity\"><option value=\"\">All severities</option>{Markup.Concat(severities)}</select></label>")
            .Add($"<label>Tracker<select id=\"filter-recipient\"><option value=\"\">All trackers</option>{Markup.Concat(trackers)}</select></label>")
            .Add($"<span class=\"muted\" id=\"filter-count\" aria-live=\"polite\"></span></div>");
    }
}
