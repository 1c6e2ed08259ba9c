using System.Globalization;
using System.Text;
using TrackerAudit.Baselines;
using TrackerAudit.Findings;

namespace TrackerAudit.Reports.Markdown;

/// <summary>The "changes since the baseline" part of <c>report.md</c>: new, gone and changed.</summary>
internal static class MarkdownDiffSection
{
    public const int MaxLinesPerPart = 50;

    public static void Append(StringBuilder text, RunDiff diff)
    {
        text.AppendLine("### Changes since the baseline");
        text.AppendLine();
        text.AppendLine(Invariant($"Baseline run {MarkdownText.Code(diff.BaselineRunId)}: {MarkdownText.Escape(RunDiffText.Summary(diff))}"));
        text.AppendLine();
        if (diff.IsEmpty)
        {
            return;
        }

        AppendPart(text, "New", [
            .. diff.NewTrackers.Select(tracker => "Tracker " + Tracker(tracker.TrackerName, tracker.TrackerId)),
            .. diff.NewAccounts.Select(account => Invariant($"Account {MarkdownText.Code(account.AccountId, 60)} of {MarkdownText.Escape(account.TrackerName, 60)}")),
            .. diff.NewEvents.Select(Event),
            .. diff.NewFindings.Select(Finding),
        ]);
        AppendPart(text, "Gone", [
            .. diff.GoneTrackers.Select(tracker => "Tracker " + Tracker(tracker.TrackerName, tracker.TrackerId)),
            .. diff.GoneAccounts.Select(account => Invariant($"Account {MarkdownText.Code(account.AccountId, 60)} of {MarkdownText.Escape(account.TrackerName, 60)}")),
            .. diff.GoneEvents.Select(Event),
            .. diff.GoneFindings.Select(Finding),
        ]);
        AppendPart(text, "Changed", [
            .. diff.ChangedEvents.Select(Event),
            .. diff.ChangedFindings.Select(change => Invariant(
                $"Finding now **{Lower(change.Current.Severity)}** (was {Lower(change.Baseline.Severity)}){EventOf(change.Current)}: {MarkdownText.Escape(change.Current.Statement, 400)}")),
        ]);
    }

    private static void AppendPart(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"#### {heading} ({lines.Count})"));
        text.AppendLine();
        foreach (var line in lines.Take(MaxLinesPerPart))
        {
            text.AppendLine("- " + line);
        }

        if (lines.Count > MaxLinesPerPart)
        {
            text.AppendLine(Invariant($"- …and {lines.Count - MaxLinesPerPart} more: run `trackeraudit diff` on the two reports."));
        }

        text.AppendLine();
    }

    private static string Tracker(string name, string id) => Invariant($"**{MarkdownText.Escape(name, 60)}** ({MarkdownText.Code(id, 60)})");

    private static string Event(PageEventCount count) => Invariant(
        $"Event {MarkdownText.Code(count.EventName, 80)} to {MarkdownText.Escape(count.TrackerName, 60)} from {MarkdownText.Code(count.PagePath, 160)} in {MarkdownText.Escape(count.Journey, 120)} ({count.BaselineCount} → {count.CurrentCount})");

    private static string Finding(Finding finding) =>
        Invariant($"Finding **{Lower(finding.Severity)}**{EventOf(finding)}: {MarkdownText.Escape(finding.Statement, 400)}");

    // Statements do not name the event; without it two findings that differ only by event read the same.
    private static string EventOf(Finding finding) => finding.EventName is null ? "" : " with " + MarkdownText.Code(finding.EventName, 80);

    private static string Lower(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
