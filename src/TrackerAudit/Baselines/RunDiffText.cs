using System.Globalization;
using System.Text;
using TrackerAudit.Findings;

namespace TrackerAudit.Baselines;

/// <summary>The plain-text rendering of a <see cref="RunDiff"/> for a terminal or a CI log.</summary>
internal static class RunDiffText
{
    public static string Render(RunDiff diff)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Baseline run {Clean(diff.BaselineRunId)}, current run {Clean(diff.CurrentRunId)}."));
        if (diff.IsEmpty)
        {
            text.AppendLine("No difference: the same trackers, accounts, events and findings.");
            return text.ToString();
        }

        Section(text, "New trackers", diff.NewTrackers, '+', tracker => $"{tracker.TrackerName} ({tracker.TrackerId})");
        Section(text, "Gone trackers", diff.GoneTrackers, '-', tracker => $"{tracker.TrackerName} ({tracker.TrackerId})");
        Section(text, "New accounts", diff.NewAccounts, '+', account => $"{account.TrackerName} {account.AccountId}");
        Section(text, "Gone accounts", diff.GoneAccounts, '-', account => $"{account.TrackerName} {account.AccountId}");
        Section(text, "New events", diff.NewEvents, '+', Event);
        Section(text, "Gone events", diff.GoneEvents, '-', Event);
        Section(text, "Changed events", diff.ChangedEvents, '~', Event);
        Section(text, "New findings", diff.NewFindings, '+', Finding);
        Section(text, "Gone findings", diff.GoneFindings, '-', Finding);
        Section(text, "Changed findings", diff.ChangedFindings, '~', change =>
            Invariant($"[{Lower(change.Baseline.Severity)} -> {Lower(change.Current.Severity)}]{EventOf(change.Current)} {change.Current.Statement}"));
        text.AppendLine(Summary(diff));
        return text.ToString();
    }

    /// <summary>One line saying how much changed, e.g. "Differences: 1 new event, 1 new finding."</summary>
    public static string Summary(RunDiff diff)
    {
        var parts = new[]
        {
            Count(diff.NewTrackers.Count, "new tracker"),
            Count(diff.GoneTrackers.Count, "gone tracker"),
            Count(diff.NewAccounts.Count, "new account"),
            Count(diff.GoneAccounts.Count, "gone account"),
            Count(diff.NewEvents.Count, "new event"),
            Count(diff.GoneEvents.Count, "gone event"),
            Count(diff.ChangedEvents.Count, "changed event count"),
            Count(diff.NewFindings.Count, "new finding"),
            Count(diff.GoneFindings.Count, "gone finding"),
            Count(diff.ChangedFindings.Count, "changed finding"),
        }.Where(part => part is not null);
        return diff.IsEmpty ? "No differences." : "Differences: " + string.Join(", ", parts) + ".";
    }

    internal static string Event(PageEventCount count) =>
        Invariant($"{count.Journey}: {count.TrackerName} {count.EventName} on {count.PagePath} ({count.BaselineCount} -> {count.CurrentCount})");

    private static string Finding(Finding finding) => Invariant($"[{Lower(finding.Severity)}]{EventOf(finding)} {finding.Statement}");

    // Statements do not name the event; without it two findings that differ only by event read the same.
    private static string EventOf(Finding finding) => finding.EventName is null ? "" : $" ({finding.EventName})";

    private static void Section<T>(StringBuilder text, string heading, IReadOnlyList<T> items, char mark, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"{heading} ({items.Count}):"));
        foreach (var item in items)
        {
            text.AppendLine(Invariant($"  {mark} {Clean(line(item))}"));
        }
    }

    private static string? Count(int count, string noun) =>
        count == 0 ? null : Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Lower(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>
    /// Captured text is the site's: control characters (terminal escapes, newlines) and invisible format
    /// characters (bidirectional overrides) must not reach the terminal.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? ' ' : c);
        }

        return clean.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
