using System.Globalization;
using System.Text;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports;

/// <summary>The short plain-text summary printed at the end of a run: readable in a terminal and in a CI log.</summary>
public static class ConsoleSummary
{
    private const int MaxParameters = 8;

    /// <summary>Renders the summary of a report written to <paramref name="runFolder"/>.</summary>
    public static string Render(RunReport report, string runFolder)
    {
        var text = new StringBuilder();
        text.AppendLine();
        if (report.Error is not null)
        {
            text.AppendLine("The audit could not run: " + report.Error.Split('\n')[0]);
        }

        foreach (var run in report.Journeys)
        {
            AppendJourney(text, run);
        }

        ComparisonSummary.Append(text, report);

        text.AppendLine(Invariant($"Report: {Path.Combine(runFolder, JsonReportWriter.FileName)}"));
        return text.ToString();
    }

    private static void AppendJourney(StringBuilder text, JourneyRun run)
    {
        var status = run.Status switch
        {
            JourneyStatus.Completed => "completed",
            JourneyStatus.Interrupted => "interrupted",
            _ => "FAILED: " + run.Error,
        };
        text.AppendLine(Invariant($"Journey '{run.Journey}' ({run.SourcePath}): {status}"));
        text.AppendLine(Invariant($"  {run.Requests.Count} requests captured, {run.Requests.Count(r => r.Disposition == Capture.RequestDisposition.Blocked)} blocked by the journey"));

        var beacons = run.TrackerRequests
            .SelectMany(decoded => decoded.Events.Select(trackerEvent => (decoded, trackerEvent)))
            .Where(pair => pair.trackerEvent.Kind == TrackerEventKind.Beacon)
            .ToList();
        foreach (var tracker in beacons.GroupBy(pair => pair.trackerEvent.TrackerName))
        {
            var accounts = string.Join(", ", tracker.Select(pair => pair.trackerEvent.AccountId).Where(id => id is not null).Distinct());
            var pages = tracker.GroupBy(pair => pair.trackerEvent.PageUrl ?? "(no page URL)").ToList();
            text.AppendLine(Invariant($"  {tracker.Key} ({accounts}) received {tracker.Count()} events from {pages.Count} pages:"));
            foreach (var page in pages)
            {
                var title = page.Select(pair => pair.trackerEvent.PageTitle).FirstOrDefault(t => !string.IsNullOrEmpty(t));
                var events = string.Join(", ", page.GroupBy(pair => pair.trackerEvent.Name).Select(e => e.Count() == 1 ? e.Key : Invariant($"{e.Key} x{e.Count()}")));
                text.AppendLine(Invariant($"    {page.Key}{(title is null ? "" : $" \"{title}\"")}: {events}"));
            }
        }

        if (beacons.Count == 0)
        {
            text.AppendLine("  No tracker events decoded.");
        }

        var installs = run.TrackerRequests
            .SelectMany(decoded => decoded.Events)
            .Where(trackerEvent => trackerEvent.Kind is TrackerEventKind.Library or TrackerEventKind.Config)
            .GroupBy(trackerEvent => trackerEvent.TrackerName);
        foreach (var install in installs)
        {
            var ids = string.Join(", ", install.Select(e => e.AccountId).OfType<string>().Distinct());
            var versions = string.Join(", ", install.Select(e => e.LibraryVersion).OfType<string>().Distinct());
            text.AppendLine(Invariant($"  {install.Key} installed: {string.Join(", ", install.Select(e => e.Name).Distinct())}{(ids.Length > 0 ? $"; id {ids}" : "")}{(versions.Length > 0 ? $"; version {versions}" : "")}"));
        }

        AppendFindings(text, run.Findings);
        AppendExpectations(text, run);

        var undecoded = run.TrackerRequests.Count(decoded => decoded.Undecoded);
        if (undecoded > 0)
        {
            text.AppendLine(Invariant($"  {undecoded} tracker requests could not be decoded (kept raw in the report)"));
        }
    }

    private static void AppendFindings(StringBuilder text, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            text.AppendLine("  No findings.");
            return;
        }

        var counts = Enum.GetValues<Severity>().Reverse()
            .Select(severity => (severity, count: findings.Count(finding => finding.Severity == severity)))
            .Where(pair => pair.count > 0)
            .Select(pair => Invariant($"{pair.count} {pair.severity.ToString().ToLowerInvariant()}"));
        text.AppendLine(Invariant($"  Findings: {string.Join(", ", counts)}"));

        AppendLeaks(text, "Sensitive words that reached trackers:", findings.Where(f => f.Category == FindingCategory.SensitiveContext), f => f.Subject);
        AppendLeaks(text, "Typed values that reached trackers:", findings.Where(f => f.Category == FindingCategory.TypedData), f => f.Subject);
        AppendLeaks(text, "Identifiers sent with the events:", findings.Where(f => f.Category == FindingCategory.Identifier), f => f.Parameter);
    }

    private static void AppendExpectations(StringBuilder text, JourneyRun run)
    {
        if (run.Expectations.Count == 0)
        {
            return;
        }

        var failed = run.Expectations.Where(expectation => !expectation.Passed).ToList();
        text.AppendLine(Invariant($"  Expectations: {run.Expectations.Count - failed.Count} passed, {failed.Count} failed"));
        foreach (var expectation in failed)
        {
            text.AppendLine(Invariant($"    FAILED {expectation.Name} ({expectation.Source}): {expectation.Evidence.FirstOrDefault() ?? expectation.Description}"));
            if (expectation.Evidence.Count > 1)
            {
                text.AppendLine(Invariant($"      and {expectation.Evidence.Count - 1} more; see report.md or junit.xml"));
            }
        }
    }

    private static void AppendLeaks(StringBuilder text, string heading, IEnumerable<Finding> findings, Func<Finding, string> subject)
    {
        var groups = findings.GroupBy(subject).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        text.AppendLine("  " + heading);
        foreach (var group in groups)
        {
            var where = group.GroupBy(f => f.AccountId is null ? f.Recipient : $"{f.Recipient} {f.AccountId}")
                .Select(recipient =>
                {
                    var all = recipient.Select(f => f.Transform is null ? f.Parameter : $"{f.Parameter} ({f.Transform})").Distinct().ToList();
                    var parameters = string.Join(", ", all.Take(MaxParameters)) + (all.Count > MaxParameters ? Invariant($" and {all.Count - MaxParameters} more") : "");
                    var steps = string.Join(", ", recipient.Select(f => f.StepIndex).Distinct().Order());
                    return Invariant($"{recipient.Key} in {parameters} (steps {steps})");
                });
            text.AppendLine(Invariant($"    {group.Key} -> {string.Join("; ", where)}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
