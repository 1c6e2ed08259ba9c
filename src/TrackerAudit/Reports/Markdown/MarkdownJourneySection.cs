using System.Globalization;
using System.Text;
using TrackerAudit.Baselines;
using TrackerAudit.Expectations;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports.Markdown;

/// <summary>One journey in <c>report.md</c>: verdict, trackers, expectations, findings.</summary>
internal static class MarkdownJourneySection
{
    public const int MaxFindings = 20;
    public const int MaxExpectations = 100;

    public static void Append(StringBuilder text, JourneyRun run)
    {
        text.AppendLine("### " + MarkdownText.Escape(run.Journey, 120));
        text.AppendLine();
        text.AppendLine(Verdict(run, MarkdownText.DefaultMaxLength) + " · " + MarkdownText.Code(run.SourcePath, 160));
        text.AppendLine();
        AppendTrackers(text, run);
        AppendExpectations(text, run.Expectations);
        AppendFindings(text, run);
    }

    /// <summary>The journey's one-line verdict.</summary>
    public static string Verdict(JourneyRun run, int maxLength)
    {
        var failed = run.Expectations.Count(expectation => !expectation.Passed);
        return run.Status switch
        {
            JourneyStatus.Failed => "⚠️ did not run to the end: " + MarkdownText.Escape(run.Error ?? "failed", maxLength),
            JourneyStatus.Interrupted => "⚠️ interrupted",
            _ when failed > 0 => Invariant($"❌ {failed} of {run.Expectations.Count} expectation{(run.Expectations.Count == 1 ? "" : "s")} failed"),
            _ when run.Expectations.Count > 0 => "✅ completed, every expectation held",
            _ => "✅ completed",
        };
    }

    private static void AppendTrackers(StringBuilder text, JourneyRun run)
    {
        var events = run.TrackerRequests.SelectMany(decoded => decoded.Events).ToList();
        if (events.Count == 0)
        {
            text.AppendLine("**Trackers:** none seen.");
            text.AppendLine();
            return;
        }

        var pages = run.Requests.GroupBy(request => request.Id).ToDictionary(group => group.Key, group => group.First().PageUrl);
        var trackers = events.GroupBy(e => e.TrackerId, StringComparer.Ordinal).Select(tracker =>
        {
            var accounts = tracker.Select(e => e.AccountId).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
            var beacons = tracker.Where(e => e.Kind == TrackerEventKind.Beacon).ToList();
            var pageCount = beacons.Select(e => RunComparer.PagePath(e.PageUrl ?? pages.GetValueOrDefault(e.RequestId))).Distinct(StringComparer.Ordinal).Count();
            var ids = accounts.Count == 0 ? "no account id" : string.Join(", ", accounts.Take(10).Select(id => MarkdownText.Code(id, 60)))
                + (accounts.Count > 10 ? Invariant($" and {accounts.Count - 10} more") : "");
            return Invariant($"{MarkdownText.Escape(tracker.First().TrackerName, 60)} ({ids}): {beacons.Count} event{(beacons.Count == 1 ? "" : "s")} from {pageCount} page{(pageCount == 1 ? "" : "s")}");
        });
        text.AppendLine("**Trackers:** " + string.Join("; ", trackers));
        text.AppendLine();
    }

    private static void AppendExpectations(StringBuilder text, IReadOnlyList<ExpectationResult> expectations)
    {
        if (expectations.Count == 0)
        {
            return;
        }

        text.AppendLine("| | Expectation | Source | Evidence |");
        text.AppendLine("|---|---|---|---|");
        // Failures first: with many expectations the cut must not hide one.
        var ordered = expectations.OrderBy(expectation => expectation.Passed).ToList();
        foreach (var expectation in ordered.Take(MaxExpectations))
        {
            var evidence = expectation.Evidence.Count == 0 ? ""
                : MarkdownText.Escape(expectation.Evidence[0], 200) + (expectation.Evidence.Count > 1 ? Invariant($" (and {expectation.Evidence.Count - 1} more)") : "");
            text.AppendLine(Invariant(
                $"| {(expectation.Passed ? "✅" : "❌")} | {MarkdownText.Escape(expectation.Name, 120)} | {MarkdownText.Escape(expectation.Source, 80)} | {evidence} |"));
        }

        if (expectations.Count > MaxExpectations)
        {
            text.AppendLine();
            var failed = ordered.Skip(MaxExpectations).Count(expectation => !expectation.Passed);
            text.AppendLine(Invariant($"…and {expectations.Count - MaxExpectations} more expectations ({failed} failed) in `report.json`."));
        }

        text.AppendLine();
    }

    private static void AppendFindings(StringBuilder text, JourneyRun run)
    {
        if (run.Findings.Count == 0)
        {
            text.AppendLine("**Findings:** none.");
            text.AppendLine();
            return;
        }

        text.AppendLine("**Findings:** " + MarkdownReportWriter.SeverityCounts(run.Findings));
        text.AppendLine();
        foreach (var finding in TopFindings.Of(run.Findings, MaxFindings))
        {
            text.AppendLine(Invariant($"- **{finding.Severity.ToString().ToLowerInvariant()}** {MarkdownText.Escape(finding.Statement, 400)}"));
        }

        if (run.Findings.Count > MaxFindings)
        {
            text.AppendLine(Invariant($"- …and {run.Findings.Count - MaxFindings} more in `report.json`."));
        }

        text.AppendLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
