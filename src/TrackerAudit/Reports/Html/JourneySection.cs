using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// One journey, step by step: what each step did, what the page looked like, and the tracker
/// requests it caused; then the undecoded, blocked and unassigned requests and the expectations.
/// </summary>
internal static class JourneySection
{
    /// <summary>
    /// Tracker requests shown in the timeline beyond those a finding points at (which are always shown): a page
    /// of many thousands is of no use to a person, and report.json and capture.har hold every request.
    /// </summary>
    public const int MaxRequestsShown = 500;

    public static void Render(HtmlBuilder html, JourneyRun run, string anchor, string runFolder, Recipients recipients)
    {
        html.Add($"<section class=\"journey\" id=\"{anchor}\"><h2>Journey: {run.Journey}</h2>");
        StatusAlarm(html, run);
        Facts(html, run);

        var findings = run.Findings.ToLookup(finding => finding.RequestId);
        var (evidence, notShown) = Evidence(run, findings);
        var stepIndexes = run.Steps.Select(step => step.Index).ToHashSet();
        var bodies = new RequestBodies(runFolder);

        html.Add($"<h3>Timeline</h3><ol class=\"timeline\">");
        foreach (var step in run.Steps)
        {
            Step(html, step, Shown(run, evidence.Where(shown => shown.StepIndex == step.Index)), findings, anchor, runFolder, bodies, recipients);
        }

        html.Add($"</ol>");
        if (notShown > 0)
        {
            html.Add($"<p class=\"muted\">{Labels.Count(notShown, "more tracker request", "more tracker requests")} without findings not shown here; {JsonReportWriter.FileName} and capture.har list every request.</p>");
        }

        var orphans = evidence.Where(shown => !stepIndexes.Contains(shown.StepIndex)).ToList();
        if (orphans.Count > 0)
        {
            html.Add($"<h3>Tracker requests outside any recorded step</h3>");
            foreach (var (request, decoded) in Shown(run, orphans))
            {
                TrackerRequestView.Render(html, request, decoded, findings[request.Id].ToList(), anchor, bodies, recipients);
            }
        }

        ThirdPartySection.Render(html, run, anchor);
        RequestLists.Render(html, run, anchor);
        html.Add($"</section>");
    }

    // Where the requests to show are, and where their decoded forms are (-1: none). A decoded capture reads its
    // requests back from disk, so a request is fetched only as it is rendered, and none is held.
    private static (List<(int Position, int DecodedAt, int StepIndex)> Shown, int NotShown) Evidence(JourneyRun run, ILookup<long, Finding> findings)
    {
        var decodedAt = new Dictionary<long, int>();
        var position = 0;
        foreach (var trackerRequest in run.TrackerRequests)
        {
            decodedAt.TryAdd(trackerRequest.RequestId, position++);
        }

        var shown = new List<(int Position, int DecodedAt, int StepIndex)>();
        var notShown = 0;
        position = 0;
        foreach (var request in run.Requests)
        {
            var found = findings.Contains(request.Id);
            var decoded = decodedAt.GetValueOrDefault(request.Id, -1);
            if (found || (decoded >= 0 && shown.Count < MaxRequestsShown))
            {
                shown.Add((position, decoded, request.StepIndex));
            }
            else if (decoded >= 0)
            {
                notShown++;
            }

            position++;
        }

        return (shown, notShown);
    }

    private static IEnumerable<(CapturedRequest Request, DecodedRequest? Decoded)> Shown(JourneyRun run, IEnumerable<(int Position, int DecodedAt, int StepIndex)> shown) =>
        shown.Select(item => (run.Requests[item.Position], item.DecodedAt < 0 ? null : run.TrackerRequests[item.DecodedAt]));

    private static void StatusAlarm(HtmlBuilder html, JourneyRun run)
    {
        if (run.Status == JourneyStatus.Failed)
        {
            var failed = run.Steps.FirstOrDefault(step => step.Status == StepStatus.Failed);
            var where = failed is null ? Markup.Empty : Markup.Format($" at step {failed.Index} ({failed.Name})");
            html.Add($"<p class=\"alarm\" role=\"alert\">This journey FAILED{where}: {run.Error ?? failed?.Error ?? "no reason recorded"}. Everything captured until then is shown below; later steps did not run.</p>");
        }
        else if (run.Status == JourneyStatus.Interrupted)
        {
            html.Add($"<p class=\"alarm\" role=\"alert\">This journey was INTERRUPTED{(run.Error is null ? Markup.Empty : Markup.Format($": {run.Error}"))}. Only what was captured until then is shown; the audit is incomplete.</p>");
        }
    }

    private static void Facts(HtmlBuilder html, JourneyRun run)
    {
        html.Add($"<dl class=\"facts\"><dt>Status</dt><dd><span class=\"badge status-{Labels.JourneyStatus(run.Status)}\">{Labels.JourneyStatus(run.Status)}</span></dd>")
            .Add($"<dt>Journey file</dt><dd><span class=\"mono\">{run.SourcePath}</span> <span class=\"muted\">(SHA-256 <span class=\"mono\">{run.SourceSha256}</span>)</span></dd>")
            .Add($"<dt>Start page</dt><dd class=\"mono\">{run.StartUrl}</dd>")
            .Add($"<dt>Ran</dt><dd>{Labels.Time(run.StartedAt)} to {Labels.Time(run.EndedAt)}</dd>")
            .Add($"<dt>Requests</dt><dd>{Labels.Count(run.Requests.Count, "request", "requests")} captured, {Labels.Count(run.TrackerRequests.Count, "tracker request", "tracker requests")}</dd>");
        if (run.Sensitive.Count > 0)
        {
            html.Add($"<dt>Sensitive words</dt><dd>{string.Join(", ", run.Sensitive)}</dd>");
        }

        if (run.TypedValues.Count > 0)
        {
            var typed = run.TypedValues.Select(pair => Markup.Format($"{pair.Key}: <span class=\"mono\">{pair.Value}</span>"));
            html.Add($"<dt>Typed values</dt><dd>{Markup.Concat(typed.Select((item, i) => i == 0 ? item : Markup.Format($"; {item}")))}</dd>");
        }

        html.Add($"</dl>");
    }

    private static void Step(HtmlBuilder html, StepResult step, IEnumerable<(CapturedRequest Request, DecodedRequest? Decoded)> requests, ILookup<long, Finding> findings, string anchor, string runFolder, RequestBodies bodies, Recipients recipients)
    {
        var stepAnchor = $"{anchor}-s{step.Index}";
        var status = Labels.StepStatus(step.Status);
        var time = step.StartedAt is { } started ? Markup.Format($"<span class=\"muted\">{Labels.ClockTime(started)} UTC</span>") : Markup.Empty;
        html.Add($"<li class=\"step {status}\" id=\"{stepAnchor}\"><div class=\"step-head\"><span class=\"index\">{(step.Index == 0 ? "Start" : $"Step {step.Index}")}</span>")
            .Add($"<span class=\"name\">{step.Name}</span><span class=\"badge status-{status}\">{status}</span><code>{step.Action}</code>{time}</div>");
        if (step.Error is not null)
        {
            html.Add($"<p class=\"alarm\">Step failed: {step.Error}</p>");
        }

        if (step.PageUrl is not null || step.PageTitle is not null)
        {
            html.Add($"<p class=\"page\">Page: <strong>{step.PageTitle}</strong> <span class=\"mono\">{step.PageUrl}</span></p>");
        }

        Screenshots.Render(html, step.Screenshots, runFolder, stepAnchor);
        StorageView.Render(html, step.Storage);

        var shown = 0;
        foreach (var (request, decoded) in requests)
        {
            TrackerRequestView.Render(html, request, decoded, findings[request.Id].ToList(), anchor, bodies, recipients);
            shown++;
        }

        if (shown == 0 && step.Status != StepStatus.Skipped)
        {
            html.Add($"<p class=\"muted\">No tracker requests during this step.</p>");
        }

        html.Add($"</li>");
    }
}
