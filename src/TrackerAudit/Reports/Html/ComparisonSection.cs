using TrackerAudit.Comparisons;
using TrackerAudit.Reports;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// Varied runs compared: each journey's consent variants side by side (what was sent before the cookie
/// banner's answer and after it), and for repeated journeys which findings every run had and which only some.
/// </summary>
internal static class ComparisonSection
{
    public static void Render(HtmlBuilder html, RunReport report)
    {
        if (report.Consent.Count == 0 && report.Repeats.Count == 0)
        {
            return;
        }

        var anchors = report.Journeys.Select((run, i) => (run.Journey, Anchor: $"j{i}")).ToDictionary(pair => pair.Journey, pair => pair.Anchor, StringComparer.Ordinal);
        html.Add($"<section id=\"comparisons\"><h2>Runs compared</h2>");
        foreach (var comparison in report.Consent)
        {
            Consent(html, comparison, report, anchors);
        }

        foreach (var summary in report.Repeats)
        {
            Repeats(html, summary, anchors);
        }

        html.Add($"</section>");
    }

    private static void Consent(HtmlBuilder html, ConsentComparison comparison, RunReport report, Dictionary<string, string> anchors)
    {
        html.Add($"<h3>Cookie banner answered {Labels.Count(comparison.Variants.Count, "way", "ways")}: {comparison.Journey}</h3>");
        if (comparison.FiredAfterRefusal)
        {
            var names = comparison.Variants.Where(variant => variant.FiredAfterRefusal).Select(variant => variant.Name).ToList();
            html.Add($"<p class=\"alarm\" role=\"alert\">TRACKING AFTER REFUSAL: with {Labels.List(names, "and")}, trackers were told about the visitor after they rejected tracking.</p>");
        }

        if (comparison.TrackedUnderGpc)
        {
            var names = comparison.Variants.Where(variant => variant.TrackedUnderGpc).Select(variant => variant.Name).ToList();
            html.Add($"<p class=\"alarm\" role=\"alert\">TRACKING UNDER GPC: with {Labels.List(names, "and")}, trackers were told about the visitor although the browser sent the Global Privacy Control signal.</p>");
        }

        html.Add($"<table class=\"compare\"><thead><tr><th>Variant</th><th>Before the answer</th><th>After the answer</th><th>Third parties before the answer</th><th>Verdict</th></tr></thead><tbody>");
        foreach (var variant in comparison.Variants)
        {
            var runs = report.Journeys.Where(run => run.Variation is { } v && v.Journey == comparison.Journey && v.Consent == variant.Name)
                .Select(run => Markup.Format($"<a href=\"#{anchors[run.Journey]}\">{run.Journey}</a>"));
            var after = variant.AfterAnswer is { } phase ? Events(phase) : Markup.Format($"<span class=\"muted\">no answer given</span>");
            var hosts = variant.BeforeAnswer.ThirdPartyHosts.Count == 0
                ? Markup.Format($"<span class=\"muted\">none</span>")
                : Markup.Format($"<span class=\"mono\">{string.Join(", ", variant.BeforeAnswer.ThirdPartyHosts)}</span>");
            var verdict = variant.FiredAfterRefusal || variant.TrackedUnderGpc ? Markup.Format($"<strong class=\"sev-critical\">{variant.Verdict}</strong>") : Markup.Format($"{variant.Verdict}");
            html.Add($"<tr{(variant.FiredAfterRefusal ? Markup.Format($" class=\"refused\"") : Markup.Empty)}><td><strong>{variant.Name}</strong> <span class=\"muted\">({variant.Answer.ToString().ToLowerInvariant()})</span><br>{Markup.Concat(runs)}</td>")
                .Add($"<td>{Events(variant.BeforeAnswer)}</td><td>{after}</td><td>{hosts}</td><td>{verdict}</td></tr>");
        }

        html.Add($"</tbody></table>");
    }

    private static Markup Events(ConsentPhase phase)
    {
        var other = phase.OtherDataRequests == 0
            ? Markup.Empty
            : Markup.Format($"<p class=\"other-data\"><strong>{Labels.Count(phase.OtherDataRequests, "request", "requests")} carrying data to other third parties:</strong> <span class=\"mono\">{string.Join(", ", phase.OtherDataRecipients)}</span></p>");
        if (phase.TrackerEvents == 0)
        {
            return Markup.Format($"<span class=\"muted\">no tracker events</span>{other}");
        }

        var items = phase.Events.Select(e => Markup.Format($"<li>{e.Tracker} {e.Event}{(e.Count == 1 ? "" : $" ×{e.Count}")}</li>"));
        return Markup.Format($"{Labels.Count(phase.TrackerEvents, "tracker event", "tracker events")}<ul class=\"events\">{Markup.Concat(items)}</ul>{other}");
    }

    private static void Repeats(HtmlBuilder html, RepeatSummary summary, Dictionary<string, string> anchors)
    {
        var name = summary.Consent is null ? summary.Journey : $"{summary.Journey} [{summary.Consent}]";
        var always = summary.Findings.Count(finding => finding.Always);
        var runs = summary.Runs.Select(run => Markup.Format($"<a href=\"#{anchors.GetValueOrDefault(run, "")}\">{run}</a> "));
        html.Add($"<h3>Repeated {summary.Runs.Count} times: {name}</h3>")
            .Add($"<p>{Labels.Count(always, "finding", "findings")} in every run, {summary.Findings.Count - always} only in some; {summary.Completed} of {summary.Runs.Count} runs ran to the end. <span class=\"muted\">Runs: {Markup.Concat(runs)}</span></p>");
        if (summary.Findings.Count == 0)
        {
            return;
        }

        html.Add($"<table class=\"compare\"><thead><tr><th>Seen in</th><th>Severity</th><th>Step</th><th>Recipient</th><th>What</th></tr></thead><tbody>");
        foreach (var repeated in summary.Findings)
        {
            var finding = repeated.Finding;
            var seen = repeated.Always ? Markup.Format($"every run ({repeated.Of})") : Markup.Format($"<strong>{repeated.SeenIn} of {repeated.Of}</strong> <span class=\"muted\">(runs {string.Join(", ", repeated.SeenInRuns)})</span>");
            html.Add($"<tr class=\"{(repeated.Always ? "always" : "sometimes")}\"><td>{seen}</td><td><span class=\"badge sev-{Labels.SeverityKey(finding.Severity)}\">{Labels.Severity(finding.Severity)}</span></td>")
                .Add($"<td>{finding.StepIndex} {finding.StepName}</td><td>{finding.Recipient}</td><td>{finding.Subject} <span class=\"muted\">in</span> <code>{finding.Parameter}</code></td></tr>");
        }

        html.Add($"</tbody></table>");
    }
}
