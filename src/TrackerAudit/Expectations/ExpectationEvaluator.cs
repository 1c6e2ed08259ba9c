using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Expectations;

/// <summary>
/// Checks expectations against what a journey run captured. A rule that something must happen fails when the step
/// it is about did not run; a rule that something must not happen is checked on what was captured, and passes when
/// a step it is about did not run, since nothing was sent there.
/// </summary>
internal static class ExpectationEvaluator
{
    public static IReadOnlyList<ExpectationResult> Evaluate(JourneyRun run, IReadOnlyList<Expectation> expectations, string source)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(source);

        var index = new RunIndex(run);
        return expectations.Select(expectation => Evaluate(index, expectation, source)).ToList();
    }

    private static ExpectationResult Evaluate(RunIndex index, Expectation expectation, string source)
    {
        var outcome = expectation switch
        {
            NoRequestsExpectation noRequests => NoRequests(index, noRequests),
            NoFindingsExpectation noFindings => FindingsExpectationOutcome(index.Run.Findings.Where(f =>
                (noFindings.Category is not { } category || f.Category == category)
                && (noFindings.MinimumSeverity is not { } severity || f.Severity >= severity))),
            NoTypedDataLeavesExpectation => FindingsExpectationOutcome(index.Run.Findings.Where(f => f.Category == FindingCategory.TypedData)),
            MaxThirdPartyHostsExpectation max => MaxThirdPartyHosts(index, max),
            TrackerEventExpectation trackerEvent => Event(index, trackerEvent),
            _ => throw new ArgumentException($"unknown expectation kind {expectation.Kind}", nameof(expectation)),
        };

        return new ExpectationResult
        {
            Journey = index.Run.Journey,
            Name = expectation.Name,
            Source = source,
            Description = ExpectationDescriptions.Describe(expectation),
            Passed = outcome.Passed,
            Evidence = outcome.Evidence,
            RequestIds = outcome.RequestIds,
            FindingKeys = outcome.FindingKeys,
        };
    }

    private static ExpectationOutcome NoRequests(RunIndex index, NoRequestsExpectation expectation)
    {
        int? fromStep = null;
        if (expectation.FromStep is { } from)
        {
            // A name is checked against the journey when it is loaded; one the run lacks means the run is another journey's.
            fromStep = index.IndexOf(from);
            if (fromStep is null && from.Name is not null)
                return ExpectationOutcome.Fail([$"the journey has no step named '{from.Name}'"]);
        }

        var hosts = expectation.Hosts.Select(HostGlob.ToRegex).ToList();
        var pages = expectation.Pages.Select(UrlGlob.ToRegex).ToList();
        var inCategories = index.Run.ThirdParties
            .Where(row => row.Categories.Any(category => expectation.Categories.Contains(category, StringComparer.Ordinal)))
            .Select(row => row.Host)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var offending = index.Run.Requests.Where(request =>
            (fromStep is null || request.StepIndex >= fromStep)
            && (pages.Count == 0 || PageUrls(index, request).Any(url => pages.Any(page => page.IsMatch(url))))
            && (hosts.Any(host => Sites.HostOf(request.Url) is { } name && host.IsMatch(name.TrimEnd('.')))
                || (inCategories.Count > 0 && Sites.HostOf(request.Url) is { } categorised && inCategories.Contains(categorised))
                || index.Decoded(request.Id) is { } decoded && expectation.Trackers.Contains(decoded.TrackerId, StringComparer.Ordinal)))
            .ToList();
        return RequestsExpectationOutcome(index, offending);
    }

    // The page that made a request, and the pages a tracker was told about in it (a beacon sent as a page unloads
    // can name the page it is about while the browser already counts it as the next page's).
    private static IEnumerable<string> PageUrls(RunIndex index, CapturedRequest request)
    {
        if (request.PageUrl is not null)
            yield return request.PageUrl;
        foreach (var trackerEvent in index.Events(request))
        {
            if (trackerEvent.PageUrl is not null)
                yield return trackerEvent.PageUrl;
        }
    }

    private static ExpectationOutcome MaxThirdPartyHosts(RunIndex index, MaxThirdPartyHostsExpectation expectation)
    {
        var byHost = index.Run.Requests
            .Where(request => IsWeb(request.Url) && Sites.IsThirdParty(request.Url, index.FirstPartySite))
            .GroupBy(request => Sites.HostOf(request.Url)!.ToLowerInvariant(), StringComparer.Ordinal)
            .ToList();
        if (byHost.Count <= expectation.Maximum)
            return ExpectationOutcome.Pass;

        var evidence = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{byHost.Count} third-party host{(byHost.Count == 1 ? "" : "s")} contacted; at most {expectation.Maximum} expected"),
        };
        evidence.AddRange(byHost.Select(group => string.Create(
            CultureInfo.InvariantCulture,
            $"{group.Key}: {group.Count()} request{(group.Count() == 1 ? "" : "s")}, the first at {index.Describe(group.First())}")));
        return new ExpectationOutcome(false, evidence, byHost.SelectMany(group => group).Select(request => request.Id).ToList(), []);
    }

    private static ExpectationOutcome Event(RunIndex index, TrackerEventExpectation expectation)
    {
        int? step = null;
        if (expectation.Step is { } reference)
        {
            if (index.NotRun(reference) is { } notRun)
                return expectation.Fires ? ExpectationOutcome.Fail([notRun]) : ExpectationOutcome.Pass;
            step = index.IndexOf(reference);
        }

        var onStep = index.Run.Requests.Where(request => step is null || request.StepIndex == step).ToList();
        var matching = onStep
            .Where(request => index.Events(request).Any(e => IsEvent(e, expectation)))
            .ToList();

        if (!expectation.Fires)
            return RequestsExpectationOutcome(index, matching);
        if (matching.Count > 0)
            return ExpectationOutcome.Pass;

        var trackerName = TrackerName(expectation.Tracker);
        var where = step is { } stepIndex ? $" on {RunIndex.StepLabel(stepIndex, index.Step(stepIndex)!.Name)}" : "";
        var evidence = new List<string> { $"no {trackerName} {expectation.EventName} event was captured{where}" };
        var others = onStep
            .SelectMany(index.Events)
            .Where(e => e.TrackerId == expectation.Tracker && e.Kind == TrackerEventKind.Beacon)
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        evidence.Add(others.Count == 0
            ? $"no {trackerName} events were captured{where}"
            : $"{trackerName} events captured{where}: {string.Join(", ", others)}");
        if (index.Run.Status != JourneyStatus.Completed)
            evidence.Add($"the journey did not complete ({index.Run.Status.ToString().ToLowerInvariant()}){(index.Run.Error is null ? "" : $": {index.Run.Error}")}");
        return ExpectationOutcome.Fail(evidence);
    }

    // Duplicates are copies of a beacon sent for another purpose, and library loads are not events the site fires.
    private static bool IsEvent(TrackerEvent trackerEvent, TrackerEventExpectation expectation) =>
        trackerEvent.Kind == TrackerEventKind.Beacon
        && string.Equals(trackerEvent.TrackerId, expectation.Tracker, StringComparison.Ordinal)
        && string.Equals(trackerEvent.Name, expectation.EventName, StringComparison.Ordinal);

    private static ExpectationOutcome RequestsExpectationOutcome(RunIndex index, IReadOnlyList<CapturedRequest> offending) =>
        offending.Count == 0
            ? ExpectationOutcome.Pass
            : new ExpectationOutcome(false, offending.Select(index.Describe).ToList(), offending.Select(r => r.Id).ToList(), []);

    private static ExpectationOutcome FindingsExpectationOutcome(IEnumerable<Finding> findings)
    {
        var offending = findings.ToList();
        return offending.Count == 0
            ? ExpectationOutcome.Pass
            : new ExpectationOutcome(
                false,
                offending.Select(f => $"{ExpectationDescriptions.Name(f.Severity)} {ExpectationDescriptions.Name(f.Category)}: {f.Statement}").ToList(),
                offending.Select(f => f.RequestId).Distinct().ToList(),
                offending.Select(f => f.Key).ToList());
    }

    private static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string TrackerName(string trackerId) => TrackerRegistry.NameOf(trackerId);
}
