using System.Globalization;
using System.Text;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports;

/// <summary>The short plain-text summary printed at the end of a run: readable in a terminal and in a CI log.</summary>
public static class ConsoleSummary
{
    private const int MaxParameters = 8;

    private const int MaxThirdParties = 5;

    /// <summary>Renders the summary of a report written to <paramref name="runFolder"/>.</summary>
    public static string Render(RunReport report, string runFolder)
    {
        var text = new StringBuilder();
        text.AppendLine();
        if (report.Error is not null)
        {
            text.AppendLine("The audit could not run: " + TerminalText.Escape(report.Error.Split('\n')[0]));
        }

        foreach (var run in report.Journeys)
        {
            AppendJourney(text, run);
        }

        AppendSites(text, report);

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
        text.AppendLine(Invariant($"  {run.Requests.Count} requests captured, {run.Requests.Count(r => r.Disposition == RequestDisposition.Blocked)} blocked by the journey"));

        // Tallied as the decoded requests pass (a decoded capture reads them back from disk): only the tallies are held.
        var trackers = new OrderedDictionary<string, BeaconTally>(StringComparer.Ordinal);
        var installs = new OrderedDictionary<string, InstallTally>(StringComparer.Ordinal);
        foreach (var trackerEvent in run.TrackerRequests.SelectMany(decoded => decoded.Events))
        {
            if (trackerEvent.Kind == TrackerEventKind.Beacon)
            {
                Tally(trackers, trackerEvent.TrackerName).Add(trackerEvent);
            }
            else if (trackerEvent.Kind is TrackerEventKind.Library or TrackerEventKind.Config)
            {
                Tally(installs, trackerEvent.TrackerName).Add(trackerEvent);
            }
        }

        foreach (var (name, tracker) in trackers)
        {
            text.AppendLine(Invariant($"  {name} ({string.Join(", ", tracker.Accounts)}) received {tracker.Count} events from {tracker.Pages.Count} pages:"));
            foreach (var (page, tally) in tracker.Pages)
            {
                var events = string.Join(", ", tally.Events.Select(e => e.Value == 1 ? e.Key : Invariant($"{e.Key} x{e.Value}")));
                text.AppendLine(Invariant($"    {page}{(tally.Title is null ? "" : $" \"{tally.Title}\"")}: {events}"));
            }
        }

        if (trackers.Count == 0)
        {
            text.AppendLine("  No tracker events decoded.");
        }

        foreach (var (name, install) in installs)
        {
            var ids = string.Join(", ", install.Ids);
            var versions = string.Join(", ", install.Versions);
            text.AppendLine(Invariant($"  {name} installed: {string.Join(", ", install.Names)}{(ids.Length > 0 ? $"; id {ids}" : "")}{(versions.Length > 0 ? $"; version {versions}" : "")}"));
        }

        AppendThirdParties(text, run);
        AppendFindings(text, run.Findings);
        AppendExpectations(text, run);

        var undecoded = run.TrackerRequests.Count(decoded => decoded.Undecoded);
        if (undecoded > 0)
        {
            text.AppendLine(Invariant($"  {undecoded} tracker requests could not be decoded (kept raw in the report)"));
        }
    }

    private static void AppendThirdParties(StringBuilder text, JourneyRun run)
    {
        if (run.ThirdParties.Count == 0)
        {
            return;
        }

        var named = run.ThirdParties.Count(row => row.Company is not null);
        text.AppendLine(Invariant($"  Third parties: {run.ThirdParties.Count} hosts, {named} named; top:"));
        foreach (var row in ThirdPartyTable.Top(run.ThirdParties, MaxThirdParties))
        {
            text.AppendLine(Invariant($"    {row.Host}: {ThirdPartyTable.Who(row)}, {row.Category ?? "no category"}; {row.Requests} requests, {ThirdPartyTable.Decoding(row)}"));
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

    // Every interpolated value may be site-supplied text: it is escaped for the terminal.
    private static void AppendSites(StringBuilder text, RunReport report)
    {
        var rows = SiteRow.Of(report);
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"Sites: {rows.Count(row => row.Outcome == "completed")} of {rows.Count} completed"));
        foreach (var row in rows)
        {
            text.AppendLine(Invariant($"  {row.Outcome.ToUpperInvariant(),-11} {row.StartUrl}: {row.Pages} pages, trackers {row.TrackersText}, {row.Findings} findings"));
            if (row.Why is not null)
            {
                text.AppendLine(Invariant($"              why: {row.Why}"));
            }
        }
    }

    private static string Invariant(FormattableString text) => TerminalText.Format(text);

    private static T Tally<T>(OrderedDictionary<string, T> tallies, string key)
        where T : new()
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new T();
            tallies.Add(key, tally);
        }

        return tally;
    }

    /// <summary>A tracker's beacons, counted: accounts in order of appearance, and per page its title and events.</summary>
    private sealed class BeaconTally
    {
        public OrderedSet Accounts { get; } = new();

        public int Count { get; private set; }

        public OrderedDictionary<string, PageTally> Pages { get; } = new(StringComparer.Ordinal);

        public void Add(TrackerEvent trackerEvent)
        {
            Count++;
            if (trackerEvent.AccountId is not null)
            {
                Accounts.Add(trackerEvent.AccountId);
            }

            var page = Tally(Pages, trackerEvent.PageUrl ?? "(no page URL)");
            page.Title ??= string.IsNullOrEmpty(trackerEvent.PageTitle) ? null : trackerEvent.PageTitle;
            page.Events[trackerEvent.Name] = page.Events.GetValueOrDefault(trackerEvent.Name) + 1;
        }
    }

    private sealed class PageTally
    {
        public string? Title { get; set; }

        public OrderedDictionary<string, int> Events { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A tracker's library and configuration loads: their names, account ids and versions, each once.</summary>
    private sealed class InstallTally
    {
        public OrderedSet Names { get; } = new();

        public OrderedSet Ids { get; } = new();

        public OrderedSet Versions { get; } = new();

        public void Add(TrackerEvent trackerEvent)
        {
            Names.Add(trackerEvent.Name);
            if (trackerEvent.AccountId is not null)
            {
                Ids.Add(trackerEvent.AccountId);
            }

            if (trackerEvent.LibraryVersion is not null)
            {
                Versions.Add(trackerEvent.LibraryVersion);
            }
        }
    }

    /// <summary>Distinct strings in the order first seen.</summary>
    private sealed class OrderedSet : IEnumerable<string>
    {
        private readonly OrderedDictionary<string, bool> _items = new(StringComparer.Ordinal);

        public void Add(string item) => _items.TryAdd(item, true);

        public IEnumerator<string> GetEnumerator() => _items.Keys.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
