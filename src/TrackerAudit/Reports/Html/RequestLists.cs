using TrackerAudit.Capture;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Html;

/// <summary>The end of a journey's section: tracker requests that could not be decoded, blocked requests, expectations.</summary>
internal static class RequestLists
{
    public static void Render(HtmlBuilder html, JourneyRun run, string anchor)
    {
        html.Add($"<h3>Tracker requests that could not be decoded</h3>");
        var undecoded = run.TrackerRequests.Where(decoded => decoded.Undecoded).ToList();
        var requests = RequestsById.Of(run, undecoded.Select(decoded => decoded.RequestId));
        if (undecoded.Count == 0)
        {
            html.Add($"<p class=\"muted\">None: every tracker request was decoded.</p>");
        }
        else
        {
            html.Add($"<table><thead><tr><th>Request</th><th>Step</th><th>Tracker</th><th>URL</th><th>Why</th></tr></thead><tbody>");
            foreach (var decoded in undecoded)
            {
                var request = requests.GetValueOrDefault(decoded.RequestId);
                html.Add($"<tr><td><a href=\"#{anchor}-r{decoded.RequestId}\">#{decoded.RequestId}</a></td><td>{request?.StepIndex}</td><td>{decoded.TrackerName}</td>")
                    .Add($"<td class=\"mono\">{request?.Url}</td><td class=\"warnings\">{string.Join("; ", decoded.Warnings)}</td></tr>");
            }

            html.Add($"</tbody></table>");
        }

        html.Add($"<h3>Blocked requests</h3>");
        var blocked = run.Requests.Where(request => request.Disposition == RequestDisposition.Blocked).ToList();
        if (blocked.Count == 0)
        {
            html.Add($"<p class=\"muted\">None: the journey blocked no request.</p>");
        }
        else
        {
            html.Add($"<p class=\"muted\">Matched the journey's block patterns: answered locally, never sent.</p>")
                .Add($"<table><thead><tr><th>Request</th><th>Step</th><th>Method</th><th>URL</th></tr></thead><tbody>");
            foreach (var request in blocked)
            {
                html.Add($"<tr><td>#{request.Id}</td><td><a href=\"#{anchor}-s{request.StepIndex}\">{request.StepIndex}</a> {request.StepName}</td><td>{request.Method}</td><td class=\"mono\">{request.Url}</td></tr>");
            }

            html.Add($"</tbody></table>");
        }

        Expectations(html, run);
    }

    private static void Expectations(HtmlBuilder html, JourneyRun run)
    {
        if (run.Expectations.Count == 0)
        {
            return;
        }

        html.Add($"<h3>Expectations</h3><table><thead><tr><th>Result</th><th>Expectation</th><th>Source</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var expectation in run.Expectations)
        {
            var result = expectation.Passed ? "passed" : "failed";
            html.Add($"<tr><td><span class=\"badge status-{result}\">{result}</span></td><td><strong>{expectation.Name}</strong><br>{expectation.Description}</td>")
                .Add($"<td>{expectation.Source}</td><td class=\"evidence\">{string.Join("\n", expectation.Evidence)}</td></tr>");
        }

        html.Add($"</tbody></table>");
    }
}
