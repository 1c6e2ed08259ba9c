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
    public static void Render(HtmlBuilder html, JourneyRun run, string anchor, string runFolder, Recipients recipients)
    {
        html.Add($"<section class=\"journey\" id=\"{anchor}\"><h2>Journey: {run.Journey}</h2>");
        StatusAlarm(html, run);
        Facts(html, run);

        var decoded = run.TrackerRequests.GroupBy(d => d.RequestId).ToDictionary(group => group.Key, group => group.First());
        var findings = run.Findings.ToLookup(finding => finding.RequestId);
        var evidence = run.Requests.Where(request => decoded.ContainsKey(request.Id) || findings.Contains(request.Id)).ToList();
        var stepIndexes = run.Steps.Select(step => step.Index).ToHashSet();
        var bodies = new RequestBodies(runFolder);

        html.Add($"<h3>Timeline</h3><ol class=\"timeline\">");
        foreach (var step in run.Steps)
        {
            Step(html, step, evidence.Where(request => request.StepIndex == step.Index), decoded, findings, anchor, runFolder, bodies, recipients);
        }

        html.Add($"</ol>");

        var orphans = evidence.Where(request => !stepIndexes.Contains(request.StepIndex)).ToList();
        if (orphans.Count > 0)
        {
            html.Add($"<h3>Tracker requests outside any recorded step</h3>");
            foreach (var request in orphans)
            {
                TrackerRequestView.Render(html, request, decoded.GetValueOrDefault(request.Id), findings[request.Id].ToList(), anchor, bodies, recipients);
            }
        }

        RequestLists.Render(html, run, anchor);
        html.Add($"</section>");
    }

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

    private static void Step(HtmlBuilder html, StepResult step, IEnumerable<CapturedRequest> requests, Dictionary<long, DecodedRequest> decoded, ILookup<long, Finding> findings, string anchor, string runFolder, RequestBodies bodies, Recipients recipients)
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

        var shown = 0;
        foreach (var request in requests)
        {
            TrackerRequestView.Render(html, request, decoded.GetValueOrDefault(request.Id), findings[request.Id].ToList(), anchor, bodies, recipients);
            shown++;
        }

        if (shown == 0 && step.Status != StepStatus.Skipped)
        {
            html.Add($"<p class=\"muted\">No tracker requests during this step.</p>");
        }

        html.Add($"</li>");
    }
}
