using System.Text;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// A small run report for the HAR, bundle and import tests: a page, a Meta beacon with cookies, a formPOST,
/// a blocked submit, a binary body, a failure.
/// </summary>
internal static class ContactFormRun
{
    public const string Email = "jane.doe+test@example.org";
    public const string UserCookie = "100012345678901";
    public const string SessionCookieRaw = "42%3AsessionNotReal%3A2";
    public const string SessionCookieDecoded = "42:sessionNotReal:2";
    public const string Cookies = "c_user=" + UserCookie + "; xs=" + SessionCookieRaw + "; dpr=1";

    private const string Journey = "Contact form";
    private const string Site = "http://127.0.0.1:5000";

    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public static readonly byte[] BinaryBody = [0xff, 0xfe, 0x00, 0x01, 0x80];

    public static string EmailSha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Email)));

    public static RunReport Report()
    {
        var submitBody = "email=" + Uri.EscapeDataString(Email) + "&consent=on";
        var formBody = $"id=123&ev=SubscribedButtonClick&dl={Uri.EscapeDataString(Site + "/contact/")}&udff%5Bem%5D={EmailSha256}&cd%5BbuttonText%5D=Send%20it";
        var requests = new List<CapturedRequest>
        {
            Request(1, 0, "open start page", "document", "GET", Site + "/") with { Status = 200, IsNavigation = true },
            Request(2, 0, "open start page", "image", "GET", $"https://www.facebook.com/tr/?id=123&ev=PageView&dl={Uri.EscapeDataString(Site + "/")}&cd[note]=a%20b+c")
                with { Headers = [new HttpHeader("referer", Site + "/"), new HttpHeader("cookie", Cookies)], Status = 200, Disposition = RequestDisposition.AnsweredLocally },
            Request(3, 1, "Give an email address", "document", "POST", "https://www.facebook.com/tr/")
                with
                {
                    Headers = [new HttpHeader("content-type", "application/x-www-form-urlencoded"), new HttpHeader("cookie", Cookies)],
                    BodyText = formBody,
                    BodySize = Encoding.UTF8.GetByteCount(formBody),
                    Status = 200,
                    Disposition = RequestDisposition.AnsweredLocally,
                },
            Request(4, 2, "Submit (blocked)", "document", "POST", Site + "/submit")
                with
                {
                    Headers = [new HttpHeader("content-type", "application/x-www-form-urlencoded")],
                    BodyText = submitBody,
                    BodySize = Encoding.UTF8.GetByteCount(submitBody),
                    Status = 200,
                    Disposition = RequestDisposition.Blocked,
                    IsNavigation = true,
                },
            Request(5, 2, "Submit (blocked)", "xhr", "POST", Site + "/upload")
                with
                {
                    Headers = [new HttpHeader("content-type", "application/octet-stream")],
                    BodyBase64 = Convert.ToBase64String(BinaryBody),
                    BodySize = BinaryBody.Length,
                    Failure = "net::ERR_CONNECTION_REFUSED",
                },
        };
        var run = SomeRun.Journey(Journey) with
        {
            SourcePath = "journeys/contact.yaml",
            SourceSha256 = new string('a', 64),
            StartUrl = Site + "/",
            StartedAt = Start,
            EndedAt = Start.AddSeconds(10),
            TypedValues = new Dictionary<string, string> { ["email"] = Email, ["age"] = "42" },
            Steps =
            [
                Step(0, "open start page", "start", "goto " + Site + "/", Site + "/"),
                Step(1, "Give an email address", "fill", $"fill #email with \"{Email}\"", Site + "/contact/"),
                Step(2, "Submit (blocked)", "click", "click text=Submit", null),
            ],
            Requests = requests,
            TrackerRequests =
            [
                SomeRun.Decoded(2, PageView(2, new TrackerField("cookie:c_user", UserCookie, "Facebook account id", FieldSensitivity.Identifier))),
                SomeRun.Decoded(3, PageView(3, new TrackerField("udff[em]", EmailSha256, "hashed e-mail", FieldSensitivity.Identifier))),
            ],
        };
        return SomeRun.Report(run) with
        {
            RunId = "20250314-092653-abcd",
            Tool = new ToolInfo("TrackerAudit", "1.2.3", "0123456789abcdef"),
            Browser = new BrowserInfo("Chromium", "140.0.1", "/usr/bin/chromium", "test", Headless: true, "Mozilla/5.0 Test"),
            StartedAt = Start,
            EndedAt = Start.AddSeconds(11),
            CommandLine = "trackeraudit run journeys/contact.yaml --input email=" + Email,
        };
    }

    private static CapturedRequest Request(long id, int step, string stepName, string resourceType, string method, string url) =>
        SomeRun.Request(id, url, method, resourceType, step, stepName) with
        {
            Time = Start.AddMilliseconds(id * 250),
            Journey = Journey,
            PageUrl = Site + "/",
            FrameUrl = Site + "/",
        };

    private static StepResult Step(int index, string name, string kind, string action, string? pageUrl) =>
        SomeRun.Step(index, name, action, kind: kind) with
        {
            StartedAt = Start.AddSeconds(index),
            EndedAt = Start.AddSeconds(index + 1),
            PageUrl = pageUrl,
            PageTitle = pageUrl is null ? null : "Contact us",
            Screenshots = [$"screenshots/contact-form/{index:00}-after.png"],
        };

    private static TrackerEvent PageView(long requestId, TrackerField field) =>
        SomeRun.MetaEvent(requestId, "PageView", accountId: "123") with { Fields = [field] };
}
