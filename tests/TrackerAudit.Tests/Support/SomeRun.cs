using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// Throwaway runs built in code, and the one place that makes each part of one: a run report, a journey run,
/// a step, a captured request, a Meta Pixel event and its decoded request, a finding, an expectation result.
/// Each starts from plain values (the journey "Report fraud" on a local site); a test or a scenario changes
/// what it is about with <c>with</c>.
/// </summary>
internal static class SomeRun
{
    public const string PixelId = "111122223333444";

    public static readonly DateTimeOffset Start = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    public static RunReport Report(params JourneyRun[] journeys) => new()
    {
        RunId = "20261129-030000-test",
        Tool = ToolInfo.Current,
        StartedAt = Start,
        EndedAt = Start.AddSeconds(12.5),
        TrackerTraffic = "answered locally",
        Journeys = journeys,
    };

    public static JourneyRun Journey(string name = "Report fraud", JourneyStatus status = JourneyStatus.Completed) => new()
    {
        Journey = name,
        SourcePath = "journeys/report-fraud.yaml",
        SourceSha256 = new string('0', 64),
        StartUrl = "http://127.0.0.1:5000/",
        Status = status,
        Error = status == JourneyStatus.Failed ? "step 2 'Continue': element not found" : null,
        StartedAt = Start,
        EndedAt = Start.AddSeconds(4.25),
    };

    /// <summary>A step; its kind is <c>start</c> for the first and <c>click</c> for the others unless told another.</summary>
    public static StepResult Step(int index, string name, string action, StepStatus status = StepStatus.Passed, string? kind = null) => new()
    {
        Index = index,
        Name = name,
        Kind = kind ?? (index == 0 ? "start" : "click"),
        Action = action,
        Status = status,
    };

    /// <summary>A request captured <paramref name="id"/> seconds after <see cref="Start"/>, on no page.</summary>
    public static CapturedRequest Request(long id, string url, string method = "GET", string resourceType = "image", int step = 1, string stepName = "open the fraud page") => new()
    {
        Id = id,
        Time = Start.AddSeconds(id),
        Journey = "Report fraud",
        StepIndex = step,
        StepName = stepName,
        ResourceType = resourceType,
        Method = method,
        Url = url,
    };

    /// <summary>A Meta Pixel event, decoded from request <paramref name="requestId"/>.</summary>
    public static TrackerEvent MetaEvent(long requestId, string name, string? accountId = PixelId, string? pageUrl = null) => new()
    {
        RequestId = requestId,
        TrackerId = "meta-pixel",
        TrackerName = "Meta Pixel",
        AccountId = accountId,
        Name = name,
        PageUrl = pageUrl,
    };

    /// <summary>Request <paramref name="requestId"/> as the Meta Pixel decoder reads it: these events, no warnings.</summary>
    public static DecodedRequest Decoded(long requestId, params TrackerEvent[] events) =>
        new(requestId, "meta-pixel", "Meta Pixel", events, []);

    /// <summary>A Meta Pixel beacon: the captured request and its decoded form.</summary>
    public static (CapturedRequest Request, DecodedRequest Decoded) Beacon(long id, string eventName, string pageUrl, string journey = "Report fraud", string pixelId = PixelId) =>
        (Request(id, $"https://www.facebook.com/tr/?id={pixelId}&ev={eventName}") with { Journey = journey, PageUrl = pageUrl },
         Decoded(id, MetaEvent(id, eventName, pixelId, pageUrl)));

    /// <summary>The journey with these beacons' requests and decoded events added.</summary>
    public static JourneyRun With(this JourneyRun run, params (CapturedRequest Request, DecodedRequest Decoded)[] beacons) => run with
    {
        Requests = [.. run.Requests, .. beacons.Select(beacon => beacon.Request)],
        TrackerRequests = [.. run.TrackerRequests, .. beacons.Select(beacon => beacon.Decoded)],
    };

    /// <summary>The journey with these requests, numbered from 1 in it, decoded by the real trackers the way a run decodes them.</summary>
    public static JourneyRun Decoding(this JourneyRun run, params CapturedRequest[] requests)
    {
        var numbered = requests.Select((request, index) => request with { Id = index + 1, Journey = run.Journey }).ToList();
        return run with { Requests = numbered, TrackerRequests = TrackerDecoding.Decode(numbered, TrackerRegistry.Catalogue(), Logger.None) };
    }

    public static Finding Finding(string key, string statement, Severity severity = Severity.High, string journey = "Report fraud", FindingCategory category = FindingCategory.SensitiveContext) => new()
    {
        Key = key,
        Category = category,
        Severity = severity,
        Journey = journey,
        StepIndex = 1,
        StepName = "open the fraud page",
        Time = Start.AddSeconds(1),
        Recipient = "Meta Pixel",
        TrackerId = "meta-pixel",
        AccountId = PixelId,
        EventName = "PageView",
        Subject = "the sensitive word 'fraud'",
        Parameter = "dl",
        Value = "http://127.0.0.1:5000/report/fraud/",
        RequestId = 1,
        Statement = statement,
    };

    public static ExpectationResult Expectation(string name, bool passed, string source = "journey", params string[] evidence) => new()
    {
        Journey = "Report fraud",
        Name = name,
        Source = source,
        Description = "no request to facebook.com",
        Passed = passed,
        Evidence = evidence,
    };
}
