using System.Globalization;
using System.Text;
using TrackerAudit.Comparisons;
using TrackerAudit.Reports;

namespace TrackerAudit.Reports.Markdown;

/// <summary>The Markdown for the run as a whole: what a replay could not answer, consent variants side by side, and findings across repeated runs.</summary>
internal static class MarkdownComparisonSection
{
    private const int MaxSometimes = 20;

    public static void Append(StringBuilder text, RunReport report)
    {
        if (report.Replay is { } replay)
        {
            var archives = replay.Archives.Select(archive => Invariant($"{MarkdownText.Code(Path.GetFileName(archive.Path))} ({archive.Entries} entries, SHA-256 {MarkdownText.Code(archive.Sha256)})"));
            text.AppendLine(Invariant($"**Replayed** {string.Join(", ", archives)}: ")
                + (replay.Unanswered.Count == 0 ? "it answered every request." : Invariant($"{replay.Unanswered.Count} requests it could not answer failed as offline.")));
            text.AppendLine();
            foreach (var request in replay.Unanswered.Take(MaxSometimes))
            {
                text.AppendLine(Invariant($"- {request.Method} {MarkdownText.Code(request.Url)} ({MarkdownText.Escape(request.Journey, 120)}, step {request.StepIndex})"));
            }

            if (replay.Unanswered.Count > 0)
            {
                text.AppendLine();
            }
        }

        foreach (var comparison in report.Consent)
        {
            text.AppendLine(Invariant($"### Consent variants of {MarkdownText.Escape(comparison.Journey, 120)}"));
            text.AppendLine();
            if (comparison.FiredAfterRefusal)
            {
                text.AppendLine("> 🚨 **Tracking after refusal:** trackers were told about the visitor after they rejected tracking.");
                text.AppendLine();
            }

            if (comparison.TrackedUnderGpc)
            {
                text.AppendLine("> 🚨 **Tracking under Global Privacy Control:** trackers were told about the visitor although the browser sent the opt-out signal.");
                text.AppendLine();
            }

            text.AppendLine("| Variant | Answer | Before the answer | After the answer | Third parties before | Verdict |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var variant in comparison.Variants)
            {
                var after = variant.AfterAnswer is { } phase ? Events(phase) : "(no answer given)";
                var hosts = variant.BeforeAnswer.ThirdPartyHosts.Count == 0 ? "none" : string.Join(", ", variant.BeforeAnswer.ThirdPartyHosts);
                text.AppendLine(Invariant(
                    $"| {MarkdownText.Escape(variant.Name, 60)} | {variant.Answer.ToString().ToLowerInvariant()} | {Events(variant.BeforeAnswer)} | {after} | {MarkdownText.Escape(hosts, 200)} | {MarkdownText.Escape(variant.Verdict, 300)} |"));
            }

            text.AppendLine();
        }

        foreach (var summary in report.Repeats)
        {
            var name = summary.Consent is null ? summary.Journey : $"{summary.Journey} [{summary.Consent}]";
            var sometimes = summary.Findings.Where(finding => !finding.Always).ToList();
            text.AppendLine(Invariant($"### {MarkdownText.Escape(name, 120)}: {summary.Runs.Count} runs"));
            text.AppendLine();
            text.AppendLine(Invariant($"{summary.Findings.Count(finding => finding.Always)} findings in every run, {sometimes.Count} only in some ({summary.Completed} of {summary.Runs.Count} runs ran to the end)."));
            text.AppendLine();
            if (sometimes.Count == 0)
            {
                continue;
            }

            text.AppendLine("| Seen in | Severity | Step | Recipient | What |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var finding in sometimes.Take(MaxSometimes))
            {
                text.AppendLine(Invariant(
                    $"| {finding.SeenIn} of {finding.Of} | {finding.Finding.Severity.ToString().ToLowerInvariant()} | {finding.Finding.StepIndex} | {MarkdownText.Escape(finding.Finding.Recipient, 60)} | {MarkdownText.Escape(finding.Finding.Subject, 200)} in {MarkdownText.Code(finding.Finding.Parameter)} |"));
            }

            text.AppendLine();
        }
    }

    private static string Events(ConsentPhase phase)
    {
        if (!phase.Tracking)
        {
            return "none";
        }

        var events = phase.TrackerEvents == 0
            ? "no tracker events"
            : MarkdownText.Escape(string.Join(", ", phase.Events.Select(e => e.Count == 1 ? $"{e.Tracker} {e.Event}" : Invariant($"{e.Tracker} {e.Event} ×{e.Count}"))), 300);
        return phase.OtherDataRequests == 0
            ? events
            : events + Invariant($"; **data to other third parties**: {phase.OtherDataRequests} request{(phase.OtherDataRequests == 1 ? "" : "s")} to {MarkdownText.Escape(string.Join(", ", phase.OtherDataRecipients), 200)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
