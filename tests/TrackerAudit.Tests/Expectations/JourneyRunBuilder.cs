using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Expectations;

/// <summary>
/// Builds a <see cref="JourneyRun"/> in code: steps in order (the first is the start page), then the requests,
/// tracker events and findings of the step added last.
/// </summary>
internal sealed class JourneyRunBuilder
{
    public const string Site = "https://www.northshire.police.uk";

    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<StepResult> _steps = [];
    private readonly List<CapturedRequest> _requests = [];
    private readonly List<DecodedRequest> _decoded = [];
    private readonly List<Finding> _findings = [];

    public JourneyRunBuilder Step(string name, StepStatus status = StepStatus.Passed, string? error = null)
    {
        var index = _steps.Count;
        _steps.Add(new StepResult
        {
            Index = index,
            Name = name,
            Kind = index == 0 ? "start" : "click",
            Action = index == 0 ? $"goto {Site}/" : $"click text={name}",
            Status = status,
            Error = error,
        });
        return this;
    }

    public JourneyRunBuilder Request(string method, string url, string? page)
    {
        var step = _steps[^1];
        _requests.Add(new CapturedRequest
        {
            Id = _requests.Count + 1,
            Time = Start.AddSeconds(_requests.Count),
            Journey = "Report",
            StepIndex = step.Index,
            StepName = step.Name,
            PageUrl = page,
            ResourceType = "other",
            Method = method,
            Url = url,
        });
        return this;
    }

    /// <summary>A Meta Pixel request carrying one event; the event names <paramref name="page"/> unless told another.</summary>
    public JourneyRunBuilder Pixel(string method, string url, string? page, string eventName, TrackerEventKind kind = TrackerEventKind.Beacon, string? eventPage = null)
    {
        Request(method, url, page);
        var id = _requests[^1].Id;
        var trackerEvent = new TrackerEvent
        {
            RequestId = id,
            TrackerId = "meta-pixel",
            TrackerName = "Meta Pixel",
            Kind = kind,
            Name = eventName,
            PageUrl = kind == TrackerEventKind.Beacon ? eventPage ?? page : null,
        };
        _decoded.Add(new DecodedRequest(id, "meta-pixel", "Meta Pixel", [trackerEvent], []));
        return this;
    }

    /// <summary>A finding about the request added last.</summary>
    public JourneyRunBuilder Finding(string key, FindingCategory category, Severity severity, string statement)
    {
        var request = _requests[^1];
        _findings.Add(new Finding
        {
            Key = key,
            Category = category,
            Severity = severity,
            Journey = "Report",
            StepIndex = request.StepIndex,
            StepName = request.StepName,
            PageUrl = request.PageUrl,
            Time = request.Time,
            Recipient = "Meta Pixel",
            TrackerId = "meta-pixel",
            Subject = key,
            Parameter = "dl",
            Value = key,
            RequestId = request.Id,
            Statement = statement,
        });
        return this;
    }

    public JourneyRun Build(JourneyStatus status = JourneyStatus.Completed, string? error = null) => new()
    {
        Journey = "Report",
        SourcePath = "report.yaml",
        SourceSha256 = new string('0', 64),
        StartUrl = Site + "/",
        Status = status,
        Error = error,
        StartedAt = Start,
        EndedAt = Start.AddMinutes(1),
        Steps = [.. _steps],
        Requests = [.. _requests],
        TrackerRequests = [.. _decoded],
        Findings = [.. _findings],
    };
}
