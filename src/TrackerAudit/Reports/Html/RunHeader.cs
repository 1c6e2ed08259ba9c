using TrackerAudit.Browsing;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Reports.Html;

/// <summary>The top of the report: what was audited, when, with what, and the verdict of each journey.</summary>
internal static class RunHeader
{
    public static void Render(HtmlBuilder html, RunReport report)
    {
        var sites = report.Journeys.Select(run => Sites.HostOf(run.StartUrl) ?? run.StartUrl).Distinct(StringComparer.Ordinal).ToList();
        html.Add($"<header><h1>What trackers learned{(sites.Count == 0 ? Markup.Empty : Markup.Format($" on {Labels.List(sites, "and")}"))}</h1>")
            .Add($"<p class=\"lede\">TrackerAudit report of run {report.RunId}: {Labels.Count(report.Journeys.Count, "journey", "journeys")} in a real browser, every request captured and decoded.</p>");
        if (report.Error is not null)
        {
            html.Add($"<p class=\"alarm\" role=\"alert\">The audit could not complete: {report.Error}</p>");
        }

        var browser = report.Browser is { } b
            ? Markup.Format($"{b.Name} {b.Version}, {(b.Headless ? "headless" : "with a window")}{(b.Mode == BrowserMode.Remote ? ", remote" : "")} <span class=\"muted\">({b.ExecutablePath}, {b.Source})</span>")
            : Markup.Format($"none started");
        var commit = report.Tool.Commit is null ? Markup.Empty : Markup.Format($", commit <span class=\"mono\">{report.Tool.Commit}</span>");
        html.Add($"<dl class=\"facts\"><dt>Audited</dt><dd>{Audited(report)}</dd>")
            .Add($"<dt>When</dt><dd>{Labels.Time(report.StartedAt)} to {Labels.Time(report.EndedAt)}</dd>")
            .Add($"<dt>Tool</dt><dd>{report.Tool.Name} {report.Tool.Version}{commit}</dd>")
            .Add($"<dt>Browser</dt><dd>{browser}</dd>");
        if (report.Browser?.UserAgent is { } userAgent)
        {
            html.Add($"<dt>User agent</dt><dd class=\"mono\">{userAgent}</dd>");
        }

        if (report.Browser?.NotAvailable is { Count: > 0 } missing)
        {
            var items = missing.Select(what => Markup.Format($"<li>{what}</li>"));
            html.Add($"<dt>Not available</dt><dd><ul class=\"plain\">{Markup.Concat(items)}</ul></dd>");
        }

        html.Add($"<dt>Tracker traffic</dt><dd>{(report.TrackerTraffic.Length > 0 ? report.TrackerTraffic : "not recorded")}</dd>");
        if (report.Replay is { } replay)
        {
            var unanswered = replay.Unanswered.Select(request => Markup.Format($"<li><span class=\"mono\">{request.Method} {request.Url}</span> <span class=\"muted\">({request.Journey}, step {request.StepIndex})</span></li>"));
            var list = replay.Unanswered.Count == 0
                ? Markup.Format($"The archive answered every request.")
                : Markup.Format($"<details><summary>{Labels.Count(replay.Unanswered.Count, "request", "requests")} it could not answer failed as offline</summary><ul>{Markup.Concat(unanswered)}</ul></details>");
            var archives = replay.Archives.Select(archive => Markup.Format($"<li><span class=\"mono\">{archive.Path}</span>, {Labels.Count(archive.Entries, "entry", "entries")}, SHA-256 <span class=\"mono\">{archive.Sha256}</span></li>"));
            html.Add($"<dt>Replayed</dt><dd><ul class=\"plain\">{Markup.Concat(archives)}</ul>{list}</dd>");
        }
        if (report.CommandLine.Length > 0)
        {
            html.Add($"<dt>Command</dt><dd class=\"mono\">{report.CommandLine}</dd>");
        }

        html.Add($"</dl></header>");
        Verdict(html, report);
    }

    private static Markup Audited(RunReport report)
    {
        if (report.Journeys.Count == 0)
        {
            return Markup.Format($"no journey ran");
        }

        var items = report.Journeys.Select((run, i) => Markup.Format($"<li><a href=\"#j{i}\">{run.Journey}</a>, starting at <span class=\"mono\">{run.StartUrl}</span></li>"));
        return Markup.Format($"<ul class=\"plain\">{Markup.Concat(items)}</ul>");
    }

    private static void Verdict(HtmlBuilder html, RunReport report)
    {
        html.Add($"<section id=\"verdict\"><h2>Verdict</h2><ul class=\"verdict\">");
        for (var i = 0; i < report.Journeys.Count; i++)
        {
            var run = report.Journeys[i];
            var status = Labels.JourneyStatus(run.Status);
            var warning = run.Status == JourneyStatus.Completed ? Markup.Empty
                : Markup.Format($"<p class=\"alarm\">This journey {status.ToUpperInvariant()}{(run.Error is null ? Markup.Empty : Markup.Format($": {run.Error}"))}. The verdict covers only what was captured before.</p>");
            var lines = Verdicts.For(run).Select(line => Markup.Format($"<li class=\"line\">{line}</li>"));
            html.Add($"<li><span class=\"journey-name\"><a href=\"#j{i}\">{run.Journey}</a></span> <span class=\"badge status-{status}\">{status}</span>{warning}<ul>{Markup.Concat(lines)}</ul></li>");
        }

        html.Add($"</ul></section>");
    }
}
