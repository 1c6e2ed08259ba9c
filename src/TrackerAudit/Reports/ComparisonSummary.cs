using System.Globalization;
using System.Text;
using TrackerAudit.Comparisons;

namespace TrackerAudit.Reports;

/// <summary>
/// The console summary's part about the run as a whole: what a replay could not answer, consent variants side by
/// side, and what repeated runs had in common.
/// </summary>
internal static class ComparisonSummary
{
    private const int MaxSometimes = 10;

    public static void Append(StringBuilder text, RunReport report)
    {
        AppendReplay(text, report.Replay);
        foreach (var comparison in report.Consent)
        {
            text.AppendLine(Invariant($"Consent variants of '{comparison.Journey}', side by side:"));
            var width = comparison.Variants.Max(variant => variant.Name.Length);
            foreach (var variant in comparison.Variants)
            {
                var after = variant.AfterAnswer is { } phase ? Invariant($", after it {Events(phase)}") : "";
                text.AppendLine(Invariant($"  {variant.Name.PadRight(width)}  before the answer {Events(variant.BeforeAnswer)}{after}"));
                text.AppendLine(Invariant($"  {new string(' ', width)}  {variant.Verdict}"));
            }

            if (comparison.FiredAfterRefusal)
            {
                text.AppendLine(Invariant($"  !!! '{comparison.Journey}': trackers were told about the visitor AFTER they rejected tracking. See the consent findings."));
            }

            if (comparison.TrackedUnderGpc)
            {
                text.AppendLine(Invariant($"  !!! '{comparison.Journey}': trackers were told about the visitor although the browser sent Global Privacy Control. See the consent findings."));
            }
        }

        foreach (var summary in report.Repeats)
        {
            var name = summary.Consent is null ? summary.Journey : $"{summary.Journey} [{summary.Consent}]";
            var always = summary.Findings.Count(finding => finding.Always);
            var sometimes = summary.Findings.Where(finding => !finding.Always).ToList();
            text.AppendLine(Invariant($"Repeated '{name}' {summary.Runs.Count} times ({summary.Completed} ran to the end): {always} findings in every run, {sometimes.Count} only in some"));
            foreach (var finding in sometimes.Take(MaxSometimes))
            {
                text.AppendLine(Invariant($"  {finding.SeenIn} of {finding.Of}: {finding.Finding.Recipient} received {finding.Finding.Subject} in {finding.Finding.Parameter} (step {finding.Finding.StepIndex})"));
            }

            if (sometimes.Count > MaxSometimes)
            {
                text.AppendLine(Invariant($"  and {sometimes.Count - MaxSometimes} more; see report.html"));
            }
        }
    }

    private static void AppendReplay(StringBuilder text, ReplaySummary? replay)
    {
        if (replay is null)
        {
            return;
        }

        foreach (var archive in replay.Archives)
        {
            text.AppendLine(Invariant($"Replayed {archive.Path} ({archive.Entries} entries, SHA-256 {archive.Sha256})"));
        }

        text.AppendLine(replay.Unanswered.Count == 0
            ? "  The archive answered every request."
            : Invariant($"  {replay.Unanswered.Count} requests the archive could not answer failed as offline:"));
        foreach (var request in replay.Unanswered.Take(MaxSometimes))
        {
            text.AppendLine(Invariant($"    {request.Method} {request.Url} ({request.Journey}, step {request.StepIndex})"));
        }

        if (replay.Unanswered.Count > MaxSometimes)
        {
            text.AppendLine(Invariant($"    and {replay.Unanswered.Count - MaxSometimes} more; see report.json (replay.unanswered)"));
        }
    }

    private static string Events(ConsentPhase phase) =>
        (phase.TrackerEvents == 0
            ? "no tracker events"
            : Invariant($"{phase.TrackerEvents} tracker events ({string.Join(", ", phase.Events.Select(e => e.Count == 1 ? $"{e.Tracker} {e.Event}" : Invariant($"{e.Tracker} {e.Event} x{e.Count}")))})"))
        + (phase.OtherDataRequests == 0
            ? ""
            : Invariant($" and {phase.OtherDataRequests} request{(phase.OtherDataRequests == 1 ? "" : "s")} carrying data to other third parties ({string.Join(", ", phase.OtherDataRecipients)})"));

    // Every interpolated value may be site-supplied text: it is escaped for the terminal.
    private static string Invariant(FormattableString text) => TerminalText.Format(text);
}
