using System.Globalization;
using System.Text;
using TrackerAudit.Baselines;
using TrackerAudit.Expectations;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports.Markdown;

/// <summary>One journey in <c>report.md</c>: verdict, trackers, expectations, findings.</summary>
internal static class MarkdownJourneySection
{
    public const int MaxFindings = 20;
    public const int MaxExpectations = 100;
    public const int MaxThirdParties = 15;

    public static void Append(StringBuilder text, JourneyRun run)
    {
        text.AppendLine("### " + MarkdownText.Escape(run.Journey, 120));
        text.AppendLine();
        text.AppendLine(Verdict(run, MarkdownText.DefaultMaxLength) + " · " + MarkdownText.Code(run.SourcePath, 160));
        text.AppendLine();
        MarkdownInputProblems.Append(text, run);
        AppendTrackers(text, run);
        AppendThirdParties(text, run);
        MarkdownStorageSection.Append(text, run);
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
            _ when run.InputProblemCount > 0 => Invariant($"⚠️ partly read: {run.InputProblemCount} input problem{(run.InputProblemCount == 1 ? "" : "s")}, listed below"),
            _ when failed > 0 => Invariant($"❌ {failed} of {run.Expectations.Count} expectation{(run.Expectations.Count == 1 ? "" : "s")} failed"),
            _ when run.Expectations.Count > 0 => "✅ completed, every expectation held",
            _ => "✅ completed",
        };
    }

    private static void AppendTrackers(StringBuilder text, JourneyRun run)
    {
        // Tallied as the decoded requests pass (a decoded capture reads them back from disk): only the tallies are held.
        var trackers = new OrderedDictionary<string, TrackerTally>(StringComparer.Ordinal);
        foreach (var trackerEvent in run.TrackerRequests.SelectMany(decoded => decoded.Events))
        {
            if (!trackers.TryGetValue(trackerEvent.TrackerId, out var tally))
            {
                tally = new TrackerTally(trackerEvent.TrackerName);
                trackers.Add(trackerEvent.TrackerId, tally);
            }

            tally.Add(trackerEvent);
        }

        if (trackers.Count == 0)
        {
            text.AppendLine("**Trackers:** none seen.");
            text.AppendLine();
            return;
        }

        var withoutPage = RequestsById.Of(run, trackers.Values.SelectMany(tally => tally.BeaconsWithoutPage));
        var lines = trackers.Values.Select(tally =>
        {
            var pageCount = tally.PagePaths.Concat(tally.BeaconsWithoutPage.Select(id => RunComparer.PagePath(withoutPage.GetValueOrDefault(id)?.PageUrl))).Distinct(StringComparer.Ordinal).Count();
            var accounts = tally.Accounts;
            var ids = accounts.Count == 0 ? "no account id" : string.Join(", ", accounts.Take(10).Select(id => MarkdownText.Code(id, 60)))
                + (accounts.Count > 10 ? Invariant($" and {accounts.Count - 10} more") : "");
            return Invariant($"{MarkdownText.Escape(tally.Name, 60)} ({ids}): {tally.Beacons} event{(tally.Beacons == 1 ? "" : "s")} from {pageCount} page{(pageCount == 1 ? "" : "s")}");
        });
        text.AppendLine("**Trackers:** " + string.Join("; ", lines));
        text.AppendLine();
    }

    private static void AppendThirdParties(StringBuilder text, JourneyRun run)
    {
        if (run.ThirdParties.Count == 0)
        {
            return;
        }

        var named = run.ThirdParties.Count(row => row.Company is not null);
        text.AppendLine(Invariant($"**Third parties:** {run.ThirdParties.Count} host{(run.ThirdParties.Count == 1 ? "" : "s")}, {named} named by the lists"));
        text.AppendLine();
        text.AppendLine("| Host | Company | Category | Requests | Decoded |");
        text.AppendLine("|---|---|---|---:|---|");
        foreach (var row in ThirdPartyTable.Top(run.ThirdParties, MaxThirdParties))
        {
            text.AppendLine(Invariant($"| {MarkdownText.Code(row.Host, 100)} | {MarkdownText.Escape(ThirdPartyTable.Who(row), 80)} | {MarkdownText.Escape(row.Category ?? "", 40)} | {row.Requests} | {MarkdownText.Escape(ThirdPartyTable.Decoding(row), 80)} |"));
        }

        if (run.ThirdParties.Count > MaxThirdParties)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"…and {run.ThirdParties.Count - MaxThirdParties} more hosts in `report.json` and `report.html`."));
        }

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
        FindingsByRecipient.Append(text, run.Findings);
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

    /// <summary>What one tracker was sent, counted: its accounts in order of appearance, its beacons and their pages.</summary>
    private sealed class TrackerTally(string name)
    {
        private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public List<string> Accounts { get; } = [];

        public int Beacons { get; private set; }

        public HashSet<string> PagePaths { get; } = new(StringComparer.Ordinal);

        /// <summary>Beacons that did not name their page: the request's page stands in.</summary>
        public List<long> BeaconsWithoutPage { get; } = [];

        public void Add(TrackerEvent trackerEvent)
        {
            if (!string.IsNullOrEmpty(trackerEvent.AccountId) && _accounts.Add(trackerEvent.AccountId))
            {
                Accounts.Add(trackerEvent.AccountId);
            }

            if (trackerEvent.Kind != TrackerEventKind.Beacon)
            {
                return;
            }

            Beacons++;
            if (trackerEvent.PageUrl is null)
            {
                BeaconsWithoutPage.Add(trackerEvent.RequestId);
            }
            else
            {
                PagePaths.Add(RunComparer.PagePath(trackerEvent.PageUrl));
            }
        }
    }
}
