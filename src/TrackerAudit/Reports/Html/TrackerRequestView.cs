using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// One request that a tracker received (or that a finding points at): the findings' sentences, each
/// decoded event with its parameters (the leaking ones highlighted) and the raw request.
/// </summary>
internal static class TrackerRequestView
{
    public const int ShownValueLength = 2000;

    public static void Render(HtmlBuilder html, CapturedRequest request, DecodedRequest? decoded, IReadOnlyList<Finding> findings, string journeyAnchor, RequestBodies bodies, Recipients recipients)
    {
        var recipient = decoded?.TrackerName ?? findings.FirstOrDefault()?.Recipient ?? Sites.HostOf(request.Url) ?? request.Url;
        var severities = string.Join(' ', findings.Select(finding => Labels.SeverityKey(finding.Severity)).Distinct(StringComparer.Ordinal));
        var events = decoded is null ? "not a known tracker" : decoded.Undecoded ? "could not be decoded" : string.Join(", ", decoded.Events.Select(e => e.Name).Distinct(StringComparer.Ordinal));
        html.Add($"<div class=\"request\" id=\"{journeyAnchor}-r{request.Id}\" data-recipient=\"{recipients.KeyOf(recipient)}\" data-severity=\"{severities}\">")
            .Add($"<div class=\"request-head\"><span class=\"tracker\">{recipient}</span><span>{events}</span>")
            .Add($"<span class=\"muted\">request #{request.Id} · {Labels.ClockTime(request.Time)} UTC · {request.Method} · {Labels.Disposition(request.Disposition)}</span></div>");

        if (findings.Count > 0)
        {
            html.Add($"<ul class=\"statements\">");
            foreach (var finding in findings.OrderByDescending(finding => finding.Severity))
            {
                var severity = Labels.SeverityKey(finding.Severity);
                html.Add($"<li class=\"sev-{severity}\" data-severity=\"{severity}\"><span class=\"badge sev-{severity}\">{Labels.Severity(finding.Severity)}</span> {finding.Statement}</li>");
            }

            html.Add($"</ul>");
        }

        if (decoded is not null && decoded.Warnings.Count > 0)
        {
            html.Add($"<p class=\"warnings\">Decoding problems: {string.Join("; ", decoded.Warnings)}</p>");
        }

        foreach (var trackerEvent in decoded?.Events ?? [])
        {
            Event(html, trackerEvent, findings);
        }

        RawRequestView.Render(html, request, bodies);
        html.Add($"</div>");
    }

    private static void Event(HtmlBuilder html, TrackerEvent trackerEvent, IReadOnlyList<Finding> findings)
    {
        var leaks = findings
            .Where(finding => finding.EventName is null || finding.EventName == trackerEvent.Name)
            .GroupBy(finding => finding.Parameter, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(finding => finding.Severity), StringComparer.Ordinal);
        var details = new List<string> { Kind(trackerEvent.Kind) };
        if (trackerEvent.AccountId is not null)
        {
            details.Add("account " + trackerEvent.AccountId);
        }

        if (trackerEvent.Transport is not null)
        {
            details.Add("sent as " + trackerEvent.Transport);
        }

        html.Add($"<div class=\"event\"><div class=\"event-head\">{trackerEvent.Name} <span class=\"muted\">({string.Join(", ", details)})</span></div>");
        if (trackerEvent.Warnings.Count > 0)
        {
            html.Add($"<p class=\"warnings\">Decoding problems: {string.Join("; ", trackerEvent.Warnings)}</p>");
        }

        if (trackerEvent.Fields.Count > 0)
        {
            // The leaking parameters are the evidence: always in view (and in print). The rest is folded.
            var leaking = trackerEvent.Fields.Where(field => leaks.ContainsKey(field.Path)).ToList();
            if (leaking.Count > 0)
            {
                FieldTable(html, leaking, leaks);
            }

            html.Add($"<details class=\"fields\"><summary>{Labels.Count(trackerEvent.Fields.Count, "decoded parameter", "decoded parameters")}, in the order sent{(leaking.Count > 0 ? ", leaking ones highlighted" : "")}</summary>");
            FieldTable(html, trackerEvent.Fields, leaks);
            html.Add($"</details>");
        }

        html.Add($"</div>");
    }

    private static void FieldTable(HtmlBuilder html, IEnumerable<TrackerField> fields, Dictionary<string, Severity> leaks)
    {
        html.Add($"<table class=\"fields\"><thead><tr><th>Parameter</th><th>Value</th><th>Meaning</th><th></th></tr></thead><tbody>");
        foreach (var field in fields)
        {
            Field(html, field, leaks.TryGetValue(field.Path, out var severity) ? severity : null);
        }

        html.Add($"</tbody></table>");
    }

    private static void Field(HtmlBuilder html, TrackerField field, Severity? leak)
    {
        var value = field.Value.Length <= ShownValueLength
            ? Markup.Format($"{field.Value}")
            : Markup.Format($"{field.Value[..ShownValueLength]}<span class=\"note\">{string.Create(CultureInfo.InvariantCulture, $"(first {ShownValueLength:N0} of {field.Value.Length:N0} characters; the whole value is in the raw request)")}</span>");
        var marker = leak is { } severity
            ? Markup.Format($"<span class=\"badge sev-{Labels.SeverityKey(severity)}\">leaks</span>")
            : Markup.Empty;
        html.Add($"<tr{(leak is null ? Markup.Empty : Markup.Format($" class=\"leak\""))}><td class=\"path\"><code>{field.Path}</code></td>")
            .Add($"<td class=\"value\">{value}</td><td>{field.Meaning}</td><td>{marker}</td></tr>");
    }

    private static string Kind(TrackerEventKind kind) => kind switch
    {
        TrackerEventKind.Beacon => "event sent to the tracker",
        TrackerEventKind.Duplicate => "copy of an event, not counted twice",
        TrackerEventKind.Library => "tracker library loaded",
        _ => "tracker configuration loaded",
    };
}
