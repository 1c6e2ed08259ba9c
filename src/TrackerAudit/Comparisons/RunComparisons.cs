using System.Globalization;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Comparisons;

/// <summary>
/// Compares the runs of a report that vary one journey: repetitions (what every run saw, and what only some
/// did) and consent variants (what each sent before and after the cookie banner's answer).
/// </summary>
internal static class RunComparisons
{
    public static RunReport Add(RunReport report) => report with
    {
        Repeats = Repeats(report.Journeys),
        Consent = Consent(report.Journeys),
    };

    public static IReadOnlyList<RepeatSummary> Repeats(IReadOnlyList<JourneyRun> runs) =>
        runs.Where(run => run.Variation is { Repeats: > 1 })
            .GroupBy(run => run.Variation!.GroupName, StringComparer.Ordinal)
            .Select(group => Repeated(group.OrderBy(run => run.Variation!.Repeat).ToList()))
            .ToList();

    public static IReadOnlyList<ConsentComparison> Consent(IReadOnlyList<JourneyRun> runs) =>
        runs.Where(run => run.Variation is { Consent: not null })
            .GroupBy(run => run.Variation!.Journey, StringComparer.Ordinal)
            .Select(journey => new ConsentComparison
            {
                Journey = journey.Key,
                Variants = journey.GroupBy(run => run.Variation!.Consent!, StringComparer.Ordinal).Select(Variant).ToList(),
            })
            .ToList();

    private static RepeatSummary Repeated(List<JourneyRun> runs)
    {
        var variation = runs[0].Variation!;
        var findings = runs
            .SelectMany(run => run.Findings.Select(finding => (Run: run.Variation!.Repeat, Finding: finding)))
            .GroupBy(pair => pair.Finding.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var seen = group.Select(pair => pair.Run).Distinct().Order().ToList();
                return new RepeatedFinding { Finding = group.First().Finding, SeenIn = seen.Count, Of = runs.Count, SeenInRuns = seen };
            })
            .OrderByDescending(repeated => repeated.Always)
            .ThenByDescending(repeated => repeated.Finding.Severity)
            .ThenBy(repeated => repeated.Finding.StepIndex)
            .ThenBy(repeated => repeated.Finding.Key, StringComparer.Ordinal)
            .ToList();
        return new RepeatSummary
        {
            Journey = variation.Journey,
            Consent = variation.Consent,
            Runs = runs.Select(run => run.Journey).ToList(),
            Completed = runs.Count(run => run.Status == JourneyStatus.Completed),
            Findings = findings,
        };
    }

    private static ConsentVariantSummary Variant(IGrouping<string, JourneyRun> runs)
    {
        var variation = runs.First().Variation!;
        var answer = variation.Answer ?? ConsentAnswer.None;
        var before = Phase(runs, before: true);
        var after = variation.AnswerStep is null ? null : Phase(runs, before: false);
        var summary = new ConsentVariantSummary
        {
            Name = runs.Key,
            Answer = answer,
            Runs = runs.Count(),
            BeforeAnswer = before,
            AfterAnswer = after,
            Findings = runs.Sum(run => run.Findings.Count),
            Verdict = "",
        };
        return summary with { Verdict = Verdict(summary) };
    }

    private static ConsentPhase Phase(IEnumerable<JourneyRun> runs, bool before)
    {
        var requests = 0;
        var runsWithEvents = 0;
        var runsWithTracking = 0;
        var otherData = 0;
        var events = new List<(string Tracker, string Event)>();
        var hosts = new SortedSet<string>(StringComparer.Ordinal);
        var recipients = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var inPhase = run.Requests.Where(request => run.Variation!.BeforeAnswer(request.StepIndex) == before).ToList();
            var decodedById = run.TrackerRequests.ToDictionary(tracker => tracker.RequestId);
            var decoded = inPhase.Select(request => decodedById.GetValueOrDefault(request.Id)).OfType<DecodedRequest>().ToList();
            var beacons = decoded.SelectMany(tracker => tracker.Events).Where(e => e.Kind == TrackerEventKind.Beacon).ToList();
            requests += decoded.Count;
            events.AddRange(beacons.Select(e => (e.TrackerName, e.Name)));
            var site = Sites.SiteOf(Sites.HostOf(run.StartUrl) ?? "");
            var dataRequests = 0;
            foreach (var request in inPhase.Where(request => Sites.IsThirdParty(request.Url, site)))
            {
                var host = Sites.HostOf(request.Url) ?? request.Url;
                hosts.Add(host);
                if (SentData.IsUndecodedThirdPartyData(request, decodedById.GetValueOrDefault(request.Id), site))
                {
                    dataRequests++;
                    recipients.Add(host);
                }
            }

            otherData += dataRequests;
            runsWithEvents += beacons.Count > 0 ? 1 : 0;
            runsWithTracking += beacons.Count > 0 || dataRequests > 0 ? 1 : 0;
        }

        return new ConsentPhase
        {
            TrackerRequests = requests,
            TrackerEvents = events.Count,
            Events = events.GroupBy(e => e).Select(group => new EventCount(group.Key.Tracker, group.Key.Event, group.Count())).ToList(),
            ThirdPartyHosts = [.. hosts],
            RunsWithEvents = runsWithEvents,
            OtherDataRequests = otherData,
            OtherDataRecipients = [.. recipients],
            RunsWithTracking = runsWithTracking,
        };
    }

    /// <summary>What a part of a variant sent, in words: tracker events and data to other third parties, or nothing.</summary>
    public static string Sent(ConsentPhase phase, int runs)
    {
        var parts = new List<string>();
        if (phase.TrackerEvents > 0 || phase.OtherDataRequests == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{phase.TrackerEvents} tracker event{(phase.TrackerEvents == 1 ? "" : "s")}"));
        }

        if (phase.OtherDataRequests > 0)
        {
            parts.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{phase.OtherDataRequests} request{(phase.OtherDataRequests == 1 ? "" : "s")} carrying data to other third parties ({string.Join(", ", phase.OtherDataRecipients)})"));
        }

        return string.Join(" and ", parts)
            + (runs > 1 ? string.Create(CultureInfo.InvariantCulture, $" (in {phase.RunsWithTracking} of {runs} runs)") : "");
    }

    // "Respected" and "waited" are said only when nothing that could track was sent: no tracker event, and no data to any
    // other third party, decoded or not.
    private static string Verdict(ConsentVariantSummary variant)
    {
        string Described(ConsentPhase phase) => Sent(phase, variant.Runs);
        var before = variant.BeforeAnswer;
        return variant.Answer switch
        {
            ConsentAnswer.None => !before.Tracking
                ? "Nothing was sent to trackers or other third parties while the banner was left unanswered."
                : $"{Described(before)} sent although the banner was never answered.",
            ConsentAnswer.Gpc => variant.TrackedUnderGpc
                ? $"TRACKING UNDER GPC: {Described(variant.AfterAnswer!)} sent although the browser sent the Global Privacy Control signal."
                : "Global Privacy Control was honoured: no tracker event and no data to any third party.",
            ConsentAnswer.Reject when variant.FiredAfterRefusal =>
                $"TRACKING AFTER REFUSAL: {Described(variant.AfterAnswer!)} sent after the visitor rejected tracking"
                + (before.Tracking ? $", and {Described(before)} before the answer." : "."),
            ConsentAnswer.Reject => !before.Tracking
                ? "The refusal was respected: no tracker event and no data to any third party before or after it."
                : $"The refusal was respected afterwards, but {Described(before)} had been sent before the banner was answered.",
            _ => !before.Tracking
                ? $"Trackers waited for consent: {Described(variant.AfterAnswer!)} after it, none before."
                : $"{Described(before)} sent before consent was given, {Described(variant.AfterAnswer!)} after it.",
        };
    }
}
