using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Writes a HAR file of a chosen size as Chrome exports one: <c>log.pages</c> first, then per page its document,
/// scripts, styles, images, fonts, first-party API calls (some POSTing JSON), Meta's library and configuration,
/// Meta Pixel beacons (GET, form POST, sendBeacon, from <see cref="MetaRequestFactory"/>) and Google Analytics
/// POSTs. Response bodies (text, and base64 for images and fonts) are most of the bytes, as in real exports.
/// </summary>
internal sealed class HarFileGenerator
{
    private const int Version = 1;
    private const int PagesDeclared = 4000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    private static readonly DateTimeOffset Start = new(2025, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly MetaRequestFactory _meta;
    private readonly HarContent _content = new();
    private readonly Dictionary<string, int> _mix = new(StringComparer.Ordinal);
    private int _entries;
    private int _beacons;

    private HarFileGenerator(MetaRequestFactory meta) => _meta = meta;

    /// <summary>The generated file for this size, made now unless an earlier run left it in the work folder.</summary>
    public static (string Path, string Mix) Ensure(string workFolder, string corpus, int megabytes)
    {
        var path = Path.Combine(workFolder, Invariant($"decode-{megabytes}mb-v{Version}.har"));
        var mixPath = path + ".mix.txt";
        if (File.Exists(path) && File.Exists(mixPath))
        {
            return (path, File.ReadAllText(mixPath));
        }

        var generator = new HarFileGenerator(MetaRequestFactory.FromCorpus(corpus));
        var temporary = path + ".tmp";
        generator.Write(temporary, megabytes * 1024L * 1024);
        File.Move(temporary, path, overwrite: true);
        var mix = generator.Describe();
        File.WriteAllText(mixPath, mix);
        return (path, mix);
    }

    private string Describe() =>
        Invariant($"{_entries:N0} entries, {_beacons:N0} of them Meta Pixel beacons; by kind: ")
        + string.Join(", ", _mix.OrderByDescending(pair => pair.Value).Select(pair => Invariant($"{pair.Key} {pair.Value:N0}")));

    private void Write(string path, long targetBytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartObject("log");
        writer.WriteString("version", "1.2");
        writer.WriteStartObject("creator");
        writer.WriteString("name", "WebInspector");
        writer.WriteString("version", "537.36");
        writer.WriteEndObject();
        writer.WriteStartArray("pages");
        for (var page = 0; page < PagesDeclared; page++)
        {
            writer.WriteStartObject();
            writer.WriteString("startedDateTime", Timestamp(page * 20_000L));
            writer.WriteString("id", Invariant($"page_{page + 1}"));
            writer.WriteString("title", PageUrl(page));
            writer.WriteStartObject("pageTimings");
            writer.WriteNumber("onContentLoad", 412.5);
            writer.WriteNumber("onLoad", 980.1);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entries");
        for (var page = 0; stream.Position + writer.BytesPending < targetBytes; page++)
        {
            WritePage(writer, page);
            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string PageUrl(int page) =>
        Invariant($"https://www.learning-site.org/{(page % 9 == 0 ? "help/debt-advice" : "courses")}/{page % 700}/");

    private void WritePage(Utf8JsonWriter writer, int page)
    {
        var random = new Random(page);
        var pageUrl = PageUrl(page);
        var pageRef = Invariant($"page_{(page % PagesDeclared) + 1}");
        var time = page * 20_000L;
        var origin = "https://www.learning-site.org";
        Entry(writer, new("document", "GET", pageUrl, pageRef, time, "text/html; charset=utf-8", _content.Page(random), false));
        for (var i = random.Next(2, 6); i > 0; i--)
        {
            Entry(writer, new("script", "GET", Invariant($"https://cdn.learning-site.org/js/app.{random.Next(50)}.js"), pageRef, time += 40, "application/javascript", _content.Script(random), false));
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            Entry(writer, new("stylesheet", "GET", Invariant($"{origin}/css/site.{random.Next(10)}.css"), pageRef, time += 10, "text/css", _content.Style(random), false));
        }

        Entry(writer, new("script", "GET", "https://connect.facebook.net/en_US/fbevents.js", pageRef, time += 30, "application/javascript", _content.Script(random), false));
        Entry(writer, new("script", "GET", "https://connect.facebook.net/signals/config/660763031035814?v=2.9.138&r=stable", pageRef, time += 30, "application/javascript", _content.Script(random), false));
        for (var i = random.Next(3, 9); i > 0; i--)
        {
            Entry(writer, new("image", "GET", Invariant($"{origin}/img/photo-{random.Next(400)}.jpg"), pageRef, time += 15, "image/jpeg", _content.Image(random), true));
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            Entry(writer, new("font", "GET", Invariant($"https://fonts.learning-cdn.net/f/{random.Next(6)}.woff2"), pageRef, time += 5, "font/woff2", _content.Font(random), true));
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var post = random.Next(3) == 0;
            Entry(writer, new(random.Next(2) == 0 ? "xhr" : "fetch", post ? "POST" : "GET", Invariant($"{origin}/api/lessons/{random.Next(900)}"), pageRef, time += 50, "application/json", _content.Json(random), false)
            {
                RequestBody = post ? "{\"lesson\":42,\"answer\":\"3/4\",\"email\":\"student@example.org\"}" : null,
                RequestType = "application/json",
            });
        }

        for (var i = random.Next(2, 7); i > 0; i--)
        {
            var beacon = _meta.Create(_beacons++, pageUrl);
            Entry(writer, new(beacon.ResourceType, beacon.Method, beacon.Url, pageRef, time += 200, "image/gif", "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", true)
            {
                RequestBody = beacon.Body,
                RequestType = beacon.ContentType,
                Cookie = beacon.Cookie,
                Kind = "meta " + beacon.Method + " " + beacon.ResourceType,
            });
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var body = Invariant($"en=page_view&dl={Uri.EscapeDataString(pageUrl)}&dt=Courses&_et={random.Next(9000)}\nen=scroll&epn.percent_scrolled=90");
            Entry(writer, new("ping", "POST", Invariant($"https://region1.google-analytics.com/g/collect?v=2&tid=G-7T6JQM5RRJ&cid={random.Next()}.1700083128"), pageRef, time += 100, "text/plain", "", false)
            {
                RequestBody = body,
                RequestType = "text/plain;charset=UTF-8",
            });
        }
    }

    private void Entry(Utf8JsonWriter writer, HarEntrySpec entry)
    {
        _entries++;
        var kind = entry.Kind ?? entry.ResourceType;
        _mix[kind] = _mix.GetValueOrDefault(kind) + 1;
        writer.WriteStartObject();
        writer.WriteString("_initiator", "other");
        writer.WriteString("_priority", "High");
        writer.WriteString("_resourceType", entry.ResourceType);
        writer.WriteStartObject("cache");
        writer.WriteEndObject();
        writer.WriteString("connection", "443");
        writer.WriteString("pageref", entry.PageRef);
        writer.WriteStartObject("request");
        writer.WriteString("method", entry.Method);
        writer.WriteString("url", entry.Url);
        writer.WriteString("httpVersion", "http/2.0");
        writer.WriteStartArray("headers");
        var host = new Uri(entry.Url);
        Pair(writer, ":authority", host.Host);
        Pair(writer, ":method", entry.Method);
        Pair(writer, ":path", host.PathAndQuery);
        Pair(writer, ":scheme", "https");
        Pair(writer, "accept", entry.ResourceType == "image" ? "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" : "*/*");
        Pair(writer, "accept-encoding", "gzip, deflate, br, zstd");
        Pair(writer, "accept-language", "en-GB,en;q=0.9");
        if (entry.Cookie is not null)
        {
            Pair(writer, "cookie", entry.Cookie);
        }

        if (entry.RequestType is not null && entry.RequestBody is not null)
        {
            Pair(writer, "content-type", entry.RequestType);
        }

        Pair(writer, "referer", "https://www.learning-site.org/");
        Pair(writer, "sec-ch-ua", "\"Chromium\";v=\"140\", \"Not=A?Brand\";v=\"24\"");
        Pair(writer, "sec-ch-ua-mobile", "?0");
        Pair(writer, "sec-ch-ua-platform", "\"Linux\"");
        Pair(writer, "user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36");
        writer.WriteEndArray();
        writer.WriteStartArray("queryString");
        writer.WriteEndArray();
        writer.WriteStartArray("cookies");
        writer.WriteEndArray();
        writer.WriteNumber("headersSize", -1);
        writer.WriteNumber("bodySize", entry.RequestBody?.Length ?? 0);
        if (entry.RequestBody is not null)
        {
            writer.WriteStartObject("postData");
            writer.WriteString("mimeType", entry.RequestType);
            writer.WriteString("text", entry.RequestBody);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("response");
        writer.WriteNumber("status", 200);
        writer.WriteString("statusText", "");
        writer.WriteString("httpVersion", "http/2.0");
        writer.WriteStartArray("headers");
        Pair(writer, "cache-control", "public, max-age=31536000");
        Pair(writer, "content-type", entry.MimeType);
        Pair(writer, "date", "Fri, 02 May 2025 09:00:00 GMT");
        Pair(writer, "server", "cloudflare");
        Pair(writer, "vary", "Accept-Encoding");
        writer.WriteEndArray();
        writer.WriteStartArray("cookies");
        writer.WriteEndArray();
        writer.WriteStartObject("content");
        writer.WriteNumber("size", entry.Content.Length);
        writer.WriteString("mimeType", entry.MimeType);
        writer.WriteString("text", entry.Content);
        if (entry.Base64)
        {
            writer.WriteString("encoding", "base64");
        }

        writer.WriteEndObject();
        writer.WriteString("redirectURL", "");
        writer.WriteNumber("headersSize", -1);
        writer.WriteNumber("bodySize", -1);
        writer.WriteNumber("_transferSize", entry.Content.Length / 3);
        writer.WriteNull("_error");
        writer.WriteEndObject();
        writer.WriteString("serverIPAddress", "104.18.32.7");
        writer.WriteString("startedDateTime", Timestamp(entry.Time));
        writer.WriteNumber("time", 48.2);
        writer.WriteStartObject("timings");
        foreach (var (name, value) in new[] { ("blocked", 1.2), ("dns", -1), ("ssl", -1), ("connect", -1), ("send", 0.1), ("wait", 40.3), ("receive", 6.6) })
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Pair(Utf8JsonWriter writer, string name, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("value", value);
        writer.WriteEndObject();
    }

    private static string Timestamp(long milliseconds) =>
        Start.AddMilliseconds(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
