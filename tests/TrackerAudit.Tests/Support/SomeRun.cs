using TrackerAudit.Capture;
using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>Throwaway runs built in code, for tests of what is made from a report (Markdown, JUnit, diffs).</summary>
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

    public static ExpectationResult Expectation(string name, bool passed, string source = "journey", params string[] evidence) => new()
    {
        Journey = "Report fraud",
        Name = name,
        Source = source,
        Description = "no request to facebook.com",
        Passed = passed,
        Evidence = evidence,
    };

    public static Finding Finding(string key, string statement, Severity severity = Severity.High, string journey = "Report fraud") => new()
    {
        Key = key,
        Category = FindingCategory.SensitiveContext,
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

    /// <summary>A Meta Pixel beacon: the captured request and its decoded form.</summary>
    public static (CapturedRequest Request, DecodedRequest Decoded) Beacon(long id, string eventName, string pageUrl, string journey = "Report fraud", string pixelId = PixelId)
    {
        var request = new CapturedRequest
        {
            Id = id,
            Time = Start.AddSeconds(id),
            Journey = journey,
            StepIndex = 1,
            StepName = "open the fraud page",
            PageUrl = pageUrl,
            ResourceType = "image",
            Method = "GET",
            Url = $"https://www.facebook.com/tr/?id={pixelId}&ev={eventName}",
        };
        var trackerEvent = new TrackerEvent
        {
            RequestId = id,
            TrackerId = "meta-pixel",
            TrackerName = "Meta Pixel",
            AccountId = pixelId,
            Name = eventName,
            PageUrl = pageUrl,
        };
        return (request, new DecodedRequest(id, "meta-pixel", "Meta Pixel", [trackerEvent], []));
    }

    /// <summary>The journey with these beacons' requests and decoded events added.</summary>
    public static JourneyRun With(this JourneyRun run, params (CapturedRequest Request, DecodedRequest Decoded)[] beacons) => run with
    {
        Requests = [.. run.Requests, .. beacons.Select(beacon => beacon.Request)],
        TrackerRequests = [.. run.TrackerRequests, .. beacons.Select(beacon => beacon.Decoded)],
    };
}
