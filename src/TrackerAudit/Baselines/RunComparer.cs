using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Baselines;

/// <summary>
/// Compares two runs by what the trackers received, so that a site that already leaks can adopt the
/// tool and fail only on new leaks.
/// </summary>
internal static class RunComparer
{
    public static RunDiff Compare(RunReport baseline, RunReport current)
    {
        var oldTrackers = Trackers(baseline);
        var newTrackers = Trackers(current);
        var oldAccounts = Accounts(baseline);
        var newAccounts = Accounts(current);
        var oldEvents = EventCounts(baseline);
        var newEvents = EventCounts(current);
        var oldFindings = FindingsByKey(baseline);
        var newFindings = FindingsByKey(current);

        var events = oldEvents.Keys.Union(newEvents.Keys)
            .Select(key => new PageEventCount(
                key.Journey,
                key.TrackerId,
                newEvents.TryGetValue(key, out var now) ? now.TrackerName : oldEvents[key].TrackerName,
                key.EventName,
                key.PagePath,
                oldEvents.GetValueOrDefault(key).Count,
                newEvents.GetValueOrDefault(key).Count))
            .OrderBy(e => e.Journey, StringComparer.Ordinal)
            .ThenBy(e => e.TrackerId, StringComparer.Ordinal)
            .ThenBy(e => e.PagePath, StringComparer.Ordinal)
            .ThenBy(e => e.EventName, StringComparer.Ordinal)
            .ToList();

        return new RunDiff
        {
            BaselineRunId = baseline.RunId,
            CurrentRunId = current.RunId,
            NewTrackers = Missing(newTrackers, oldTrackers, tracker => tracker.TrackerId),
            GoneTrackers = Missing(oldTrackers, newTrackers, tracker => tracker.TrackerId),
            NewAccounts = Missing(newAccounts, oldAccounts, account => (account.TrackerId, account.AccountId)),
            GoneAccounts = Missing(oldAccounts, newAccounts, account => (account.TrackerId, account.AccountId)),
            NewEvents = events.Where(e => e.BaselineCount == 0).ToList(),
            GoneEvents = events.Where(e => e.CurrentCount == 0).ToList(),
            ChangedEvents = events.Where(e => e.BaselineCount > 0 && e.CurrentCount > 0 && e.BaselineCount != e.CurrentCount).ToList(),
            NewFindings = MostSevereFirst(newFindings.Where(pair => !oldFindings.ContainsKey(pair.Key)).Select(pair => pair.Value)),
            GoneFindings = MostSevereFirst(oldFindings.Where(pair => !newFindings.ContainsKey(pair.Key)).Select(pair => pair.Value)),
            ChangedFindings = newFindings
                .Where(pair => oldFindings.TryGetValue(pair.Key, out var old) && old.Severity != pair.Value.Severity)
                .Select(pair => new FindingChange(oldFindings[pair.Key], pair.Value))
                .OrderByDescending(change => change.Current.Severity)
                .ThenBy(change => change.Current.Journey, StringComparer.Ordinal)
                .ThenBy(change => change.Current.StepIndex)
                .ToList(),
        };
    }

    /// <summary>The page's path: the demo and test sites run on a random port, and queries carry per-run values.</summary>
    internal static string PagePath(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "(no page)";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsolutePath
            : url.Split('?', '#')[0];
    }

    private static List<T> Missing<T, TKey>(IReadOnlyCollection<T> from, IReadOnlyCollection<T> other, Func<T, TKey> key) =>
        from.ExceptBy(other.Select(key), key).ToList();

    private static List<TrackerPresence> Trackers(RunReport report) =>
        report.Journeys.SelectMany(run => run.TrackerRequests)
            .Select(decoded => new TrackerPresence(decoded.TrackerId, decoded.TrackerName))
            .DistinctBy(tracker => tracker.TrackerId)
            .OrderBy(tracker => tracker.TrackerId, StringComparer.Ordinal)
            .ToList();

    // Library and config loads count too: a pixel id that is configured but sends nothing yet is still installed.
    private static List<TrackerAccount> Accounts(RunReport report) =>
        report.Journeys.SelectMany(run => run.TrackerRequests).SelectMany(decoded => decoded.Events)
            .Where(trackerEvent => !string.IsNullOrEmpty(trackerEvent.AccountId))
            .Select(trackerEvent => new TrackerAccount(trackerEvent.TrackerId, trackerEvent.TrackerName, trackerEvent.AccountId!))
            .DistinctBy(account => (account.TrackerId, account.AccountId))
            .OrderBy(account => account.TrackerId, StringComparer.Ordinal)
            .ThenBy(account => account.AccountId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Beacons counted per journey, tracker, page path and event name.</summary>
    private static Dictionary<(string Journey, string TrackerId, string EventName, string PagePath), (string TrackerName, int Count)> EventCounts(RunReport report)
    {
        var counts = new Dictionary<(string Journey, string TrackerId, string EventName, string PagePath), (string TrackerName, int Count)>();
        foreach (var run in report.Journeys)
        {
            foreach (var (trackerEvent, pageUrl) in Beacons(run))
            {
                var key = (run.Journey, trackerEvent.TrackerId, trackerEvent.Name, PagePath(pageUrl));
                counts[key] = (trackerEvent.TrackerName, counts.GetValueOrDefault(key).Count + 1);
            }
        }

        return counts;
    }

    private static IEnumerable<(TrackerEvent Event, string? PageUrl)> Beacons(JourneyRun run)
    {
        var pages = run.Requests.GroupBy(request => request.Id).ToDictionary(group => group.Key, group => group.First().PageUrl);
        return run.TrackerRequests
            .SelectMany(decoded => decoded.Events)
            .Where(trackerEvent => trackerEvent.Kind == TrackerEventKind.Beacon)
            .Select(trackerEvent => (trackerEvent, trackerEvent.PageUrl ?? pages.GetValueOrDefault(trackerEvent.RequestId)));
    }

    private static Dictionary<string, Finding> FindingsByKey(RunReport report) =>
        report.Journeys.SelectMany(run => run.Findings)
            .GroupBy(finding => finding.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    private static List<Finding> MostSevereFirst(IEnumerable<Finding> findings) =>
        findings.OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Journey, StringComparer.Ordinal)
            .ThenBy(finding => finding.StepIndex)
            .ThenBy(finding => finding.Key, StringComparer.Ordinal)
            .ToList();
}
