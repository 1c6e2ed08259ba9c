using System.Globalization;
using System.Text.Json;

namespace TrackerAudit.Tests.ThirdParties;

/// <summary>
/// A HAR of a page on a real-looking public-sector site that loads the third parties such sites load: Google Analytics,
/// the Meta Pixel (its script and a beacon), Hotjar, OneTrust's consent banner, Google Fonts, and one host no list
/// knows. Made at test time; nothing is fetched.
/// </summary>
internal static class ThirdPartyHar
{
    public const string PageUrl = "https://www.example-council.gov.uk/report-a-problem/";

    public static readonly (string Url, string Type)[] Requests =
    [
        (PageUrl, "document"),
        ("https://assets.example-council.gov.uk/site.css", "stylesheet"),
        ("https://cdn.cookielaw.org/scripttemplates/otSDKStub.js", "script"),
        ("https://cdn.cookielaw.org/consent/0000-1111/0000-1111.json", "fetch"),
        ("https://fonts.gstatic.com/s/opensans/v40/mem8YaGs126MiZpBA-UFVZ0b.woff2", "font"),
        ("https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9", "script"),
        ("https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ9&cid=123.456&en=page_view&dl=https%3A%2F%2Fwww.example-council.gov.uk%2Freport-a-problem%2F", "ping"),
        ("https://connect.facebook.net/en_US/fbevents.js", "script"),
        ("https://www.facebook.com/tr/?id=555566667777888&ev=PageView&dl=https%3A%2F%2Fwww.example-council.gov.uk%2Freport-a-problem%2F&rl=&if=false&ts=1746180931000&v=2.9.180&r=stable", "image"),
        ("https://static.hotjar.com/c/hotjar-3512345.js?sv=6", "script"),
        ("https://widgets.unlisted-example-vendor.net/embed.js", "script"),
    ];

    public static string Text()
    {
        var start = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
        var entries = Requests.Select((request, index) => new Dictionary<string, object>
        {
            ["_resourceType"] = request.Type,
            ["pageref"] = "page_1",
            ["startedDateTime"] = start.AddMilliseconds(100 * index).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["time"] = 20.5,
            ["request"] = new Dictionary<string, object>
            {
                ["method"] = "GET",
                ["url"] = request.Url,
                ["httpVersion"] = "http/2.0",
                ["headers"] = new[] { new { name = "Referer", value = PageUrl } },
                ["queryString"] = Array.Empty<object>(),
                ["cookies"] = Array.Empty<object>(),
                ["headersSize"] = -1,
                ["bodySize"] = 0,
            },
            ["response"] = new Dictionary<string, object>
            {
                ["status"] = 200,
                ["statusText"] = "",
                ["httpVersion"] = "http/2.0",
                ["headers"] = Array.Empty<object>(),
                ["cookies"] = Array.Empty<object>(),
                ["content"] = new { size = 0, mimeType = "text/plain" },
                ["redirectURL"] = "",
                ["headersSize"] = -1,
                ["bodySize"] = -1,
            },
            ["cache"] = new { },
            ["timings"] = new { send = 0, wait = 20, receive = 0.5 },
        });
        var har = new
        {
            log = new
            {
                version = "1.2",
                creator = new { name = "WebInspector", version = "537.36" },
                pages = new[] { new { startedDateTime = "2026-11-20T09:30:00.000Z", id = "page_1", title = PageUrl, pageTimings = new { } } },
                entries,
            },
        };
        return JsonSerializer.Serialize(har, new JsonSerializerOptions { WriteIndented = true });
    }
}
