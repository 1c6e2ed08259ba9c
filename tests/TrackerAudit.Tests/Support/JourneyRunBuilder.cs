using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// Builds a <see cref="JourneyRun"/> in code: steps in order (the first is the start page), then the requests,
/// tracker events and findings of the step added last.
/// </summary>
internal sealed class JourneyRunBuilder
{
    public const string Site = "https://www.northshire.police.uk";

    private const string Journey = "Report";

    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<StepResult> _steps = [];
    private readonly List<CapturedRequest> _requests = [];
    private readonly List<DecodedRequest> _decoded = [];
    private readonly List<Finding> _findings = [];

    public JourneyRunBuilder Step(string name, StepStatus status = StepStatus.Passed, string? error = null)
    {
        var index = _steps.Count;
        _steps.Add(SomeRun.Step(index, name, index == 0 ? $"goto {Site}/" : $"click text={name}", status) with { Error = error });
        return this;
    }

    public JourneyRunBuilder Request(string method, string url, string? page)
    {
        var step = _steps[^1];
        _requests.Add(SomeRun.Request(_requests.Count + 1, url, method, "other", step.Index, step.Name) with
        {
            Time = Start.AddSeconds(_requests.Count),
            Journey = Journey,
            PageUrl = page,
        });
        return this;
    }

    /// <summary>A Meta Pixel request carrying one event; the event names <paramref name="page"/> unless told another.</summary>
    public JourneyRunBuilder Pixel(string method, string url, string? page, string eventName, TrackerEventKind kind = TrackerEventKind.Beacon, string? eventPage = null)
    {
        Request(method, url, page);
        var id = _requests[^1].Id;
        var trackerEvent = SomeRun.MetaEvent(id, eventName, accountId: null, pageUrl: kind == TrackerEventKind.Beacon ? eventPage ?? page : null) with { Kind = kind };
        _decoded.Add(SomeRun.Decoded(id, trackerEvent));
        return this;
    }

    /// <summary>A finding about the request added last.</summary>
    public JourneyRunBuilder Finding(string key, FindingCategory category, Severity severity, string statement)
    {
        var request = _requests[^1];
        _findings.Add(SomeRun.Finding(key, statement, severity, Journey, category) with
        {
            StepIndex = request.StepIndex,
            StepName = request.StepName,
            PageUrl = request.PageUrl,
            Time = request.Time,
            AccountId = null,
            EventName = null,
            Subject = key,
            Value = key,
            RequestId = request.Id,
        });
        return this;
    }

    public JourneyRun Build(JourneyStatus status = JourneyStatus.Completed, string? error = null) => SomeRun.Journey(Journey, status) with
    {
        SourcePath = "report.yaml",
        StartUrl = Site + "/",
        Error = error,
        StartedAt = Start,
        EndedAt = Start.AddMinutes(1),
        Steps = [.. _steps],
        Requests = [.. _requests],
        TrackerRequests = [.. _decoded],
        Findings = [.. _findings],
    };
}
