using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// A small run for the HTML report tests: one journey that failed at step 2, Meta Pixel beacons with findings
/// of every severity, an undecoded tracker request, a blocked request, and hostile markup in every captured
/// string a page or a request controls.
/// </summary>
internal static class HostileRun
{
    public const string Payload = "<script>window.__pwned=1</script>\"><img src=x onerror=\"window.__pwned=1\"></style><h1>broken</h1>";

    public const string Screenshot = "screenshots/hostile/00-open-start-page-after.png";

    public const string StepName = "Open the report form";

    public const string LongValue = "long-value-start";

    public const string Email = "canary.ab12@example.org";

    private const string Journey = "Hostile journey";

    public static string EmailHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Email)));

    public static readonly DateTimeOffset Start = new(2026, 3, 4, 10, 20, 30, TimeSpan.Zero);

    public static string CriticalStatement => "At 10:20:33 UTC on the form, Meta Pixel 1234 received the value you typed as 'email' " + Payload;

    public static RunReport Report()
    {
        var run = SomeRun.Journey(Journey, JourneyStatus.Failed) with
        {
            SourcePath = "journeys/hostile.yaml",
            SourceSha256 = new string('a', 64),
            StartUrl = "https://site.example/start",
            Error = "step 2 timed out",
            StartedAt = Start,
            EndedAt = Start.AddSeconds(20),
            Sensitive = ["sexual assault"],
            TypedValues = new Dictionary<string, string> { ["email"] = Email },
            Steps =
            [
                Step(0, "open start page", StepStatus.Passed, [Screenshot]),
                Step(1, StepName, StepStatus.Passed, []),
                Step(2, "Send the form", StepStatus.Failed, []) with { Error = "Timeout 30000ms exceeded " + Payload },
                Step(3, "Check the answer", StepStatus.Skipped, []) with { PageUrl = null, PageTitle = null },
            ],
            Requests =
            [
                Request(1, 0, "https://www.facebook.com/tr/?id=1234&ev=PageView&dl=" + Payload),
                Request(2, 1, "https://www.facebook.com/tr/") with { Method = "POST", BodyText = "ev=Lead&cd[x]=" + Payload + "&cd[long]=" + LongValue + new string('y', 3000) },
                Request(3, 1, "https://tracker.evil.example/collect") with { BodyBase64 = "AAEC/w==", BodySize = 4 },
                Request(4, 2, "https://site.example/submit") with { Method = "POST", Disposition = RequestDisposition.Blocked },
            ],
            TrackerRequests =
            [
                SomeRun.Decoded(1, Beacon(1, "PageView", new TrackerField("dl", "https://site.example/sexual-assault/" + Payload, "page URL", FieldSensitivity.High))),
                SomeRun.Decoded(2, Beacon(2, "Lead",
                    new TrackerField("cd[x]", Payload, "custom data", FieldSensitivity.High),
                    new TrackerField("cd[long]", LongValue + new string('y', 3000), null, FieldSensitivity.Unknown),
                    new TrackerField("udff[em]", EmailHash, "hashed e-mail", FieldSensitivity.Identifier),
                    new TrackerField("fbp", "fb.1.1.2", "browser id", FieldSensitivity.Identifier))),
                SomeRun.Decoded(3) with { TrackerId = "evil", TrackerName = "Evil Tracker", Warnings = ["unknown body format " + Payload] },
            ],
            Findings =
            [
                Finding(2, Severity.Critical, FindingCategory.TypedData, "Meta Pixel", "udff[em]", EmailHash, CriticalStatement) with { EventName = "Lead" },
                Finding(1, Severity.High, FindingCategory.SensitiveContext, "Meta Pixel", "dl", "https://site.example/sexual-assault/", "Meta Pixel received the sensitive word 'sexual assault' in dl."),
                Finding(2, Severity.Medium, FindingCategory.Identifier, "Meta Pixel", "cd[x]", Payload, "Meta Pixel received custom data " + Payload) with { EventName = "Lead" },
                Finding(2, Severity.Medium, FindingCategory.Identifier, "Meta Pixel", "fbp", "fb.1.1.2", "Meta Pixel received the browser id in fbp.") with { EventName = "Lead" },
                Finding(1, Severity.Low, FindingCategory.PageAndBehaviour, "Meta Pixel", "ev", "PageView", "Meta Pixel received a visit to the start page."),
                Finding(3, Severity.High, FindingCategory.SensitiveContext, "tracker.evil.example", "url", "sexual assault", "tracker.evil.example received the sensitive word 'sexual assault' in url.") with { TrackerId = null },
            ],
        };

        return SomeRun.Report(run) with
        {
            RunId = "20260304-102030-0001",
            Tool = new ToolInfo("TrackerAudit", "9.8.7", "0123456789abcdef"),
            Browser = new BrowserInfo("Chromium", "150.0.1", "/usr/bin/chromium", "system browser", true, "Mozilla/5.0 " + Payload),
            StartedAt = Start,
            EndedAt = Start.AddSeconds(25),
            CommandLine = "trackeraudit run journeys/hostile.yaml",
            TrackerTraffic = "answered locally by a test stand-in",
        };
    }

    private static StepResult Step(int index, string name, StepStatus status, IReadOnlyList<string> screenshots) =>
        SomeRun.Step(index, name, index == 0 ? "goto https://site.example/start" : "click text=" + name, status) with
        {
            StartedAt = Start.AddSeconds(index),
            PageUrl = "https://site.example/page" + index + "?q=" + Payload,
            PageTitle = "Page " + index + " " + Payload,
            Screenshots = screenshots,
        };

    private static CapturedRequest Request(long id, int step, string url) =>
        SomeRun.Request(id, url, step: step, stepName: step == 1 ? StepName : "step " + step) with
        {
            Time = Start.AddSeconds(step + 0.5),
            Journey = Journey,
            PageUrl = "https://site.example/page" + step,
            Headers = [new HttpHeader("referer", "https://site.example/" + Payload), new HttpHeader("cookie", "c_user=1000")],
            Status = 200,
        };

    private static TrackerEvent Beacon(long requestId, string name, params TrackerField[] fields) =>
        SomeRun.MetaEvent(requestId, name, accountId: "1234", pageUrl: "https://site.example/page" + requestId) with
        {
            PageTitle = "Tracked title " + Payload,
            Fields = fields,
        };

    private static Finding Finding(long requestId, Severity severity, FindingCategory category, string recipient, string parameter, string value, string statement) =>
        SomeRun.Finding(requestId + parameter, statement, severity, Journey, category) with
        {
            StepIndex = requestId == 1 ? 0 : 1,
            StepName = "a step",
            PageUrl = "https://site.example/page" + requestId,
            PageTitle = "Finding page " + Payload,
            Time = Start.AddSeconds(requestId),
            Recipient = recipient,
            AccountId = recipient == "Meta Pixel" ? "1234" : null,
            EventName = category == FindingCategory.PageAndBehaviour || parameter == "dl" ? "PageView" : null,
            Subject = "something",
            Parameter = parameter,
            Value = value,
            RequestId = requestId,
        };
}
