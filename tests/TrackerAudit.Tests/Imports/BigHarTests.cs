using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using TrackerAudit.Findings;
using TrackerAudit.Imports;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>
/// A 200 MB HAR generated here: Meta Pixel GET beacons, with 1 MB request bodies (first and third party) and
/// 1 MB response bodies among them. Reading it must not hold the file, nor the bodies no decoder claims.
/// </summary>
[Category("Slow")]
public sealed class BigHarTests
{
    private const long TargetBytes = 200L * 1024 * 1024;
    private const int BeaconsBetweenBodies = 150;
    private const string Site = "https://www.example.org";
    private const string Email = "jane.doe@example.org";

    [Test]
    public void A_200_MB_HAR_decodes_with_flat_memory()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.har");
        var written = Generate(path);
        var options = new DecodeOptions(["debt"], new Dictionary<string, string> { ["email"] = Email });

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var sampler = new PeakSampler(before);
        var clock = Stopwatch.StartNew();
        var run = DecodeRun.Decode(HarInput.Open(path), 1, options, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None);
        clock.Stop();
        var peak = sampler.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        var megabytes = new FileInfo(path).Length / (1024.0 * 1024.0);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{megabytes:F0} MB, {run.Requests.Count} requests ({written.Beacons} beacons, {written.Bodies} 1 MB bodies): {clock.Elapsed.TotalSeconds:F1} s, {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s; "
            + $"managed memory peak +{peak / 1048576} MB, retained +{retained / 1048576} MB; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));

        Assert.That(run.Requests, Has.Count.EqualTo(written.Requests));
        Assert.That(run.TrackerRequests.Count(decoded => !decoded.Undecoded), Is.EqualTo(written.Beacons));
        Assert.That(run.Requests.Where(request => request.BodySize > 1_000_000).Select(request => request.BodyText), Is.All.Null);
        Assert.That(run.Findings.Where(finding => finding.Category == FindingCategory.TypedData).Select(finding => finding.Parameter), Does.Contain("body"));
        Assert.That(run.Findings.Where(finding => finding.Category == FindingCategory.SensitiveContext).Select(finding => finding.Parameter), Does.Contain("dl"));
        Assert.That(peak, Is.LessThan(250L * 1024 * 1024), "peak managed memory growth");
    }

    private static (int Requests, int Beacons, int Bodies) Generate(string path)
    {
        var body = new string('a', 1024 * 1024 - 64);
        var leak = body[..(body.Length / 2)] + "&email=" + Uri.EscapeDataString(Email) + "&" + body[(body.Length / 2)..];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartObject("log");
        writer.WriteString("version", "1.2");
        writer.WriteStartObject("creator");
        writer.WriteString("name", "WebInspector");
        writer.WriteString("version", "537.36");
        writer.WriteEndObject();
        writer.WriteStartArray("entries");
        Entry(writer, 0, "document", "GET", Site + "/", null, null);
        var (requests, beacons, bodies) = (1, 0, 0);
        while (stream.Position + writer.BytesPending < TargetBytes)
        {
            for (var i = 0; i < BeaconsBetweenBodies; i++, beacons++, requests++)
            {
                var page = Uri.EscapeDataString(string.Create(CultureInfo.InvariantCulture, $"{Site}/{(beacons % 7 == 0 ? "debt-help" : "page")}/{beacons % 300}/"));
                var url = string.Create(CultureInfo.InvariantCulture,
                    $"https://www.facebook.com/tr/?id=555566667777888&ev={(i % 10 == 0 ? "ViewContent" : "PageView")}&dl={page}&rl=&if=false&ts={1746180931000 + beacons}&sw=1920&sh=1080&v=2.9.180&r=stable&ec={i}&o=4126&fbp=fb.1.1746180930000.123456789&it=1746180930900&coo=false&rqm=GET");
                Entry(writer, beacons, "image", "GET", url, null, null);
            }

            // Alternately a first-party upload, a third party's (the one in the middle leaks the e-mail), and a large script.
            var url2 = (bodies % 3) switch { 0 => Site + "/api/upload", 1 => "https://uploads.other.net/put", _ => "https://cdn.other.net/app.js" };
            var requestBody = bodies % 3 == 2 ? null : bodies == 40 ? leak : body;
            Entry(writer, bodies, bodies % 3 == 2 ? "script" : "xhr", requestBody is null ? "GET" : "POST", url2, requestBody, bodies % 3 == 2 ? body : null);
            bodies++;
            requests++;
            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        return (requests, beacons, bodies);
    }

    private static void Entry(Utf8JsonWriter writer, int n, string type, string method, string url, string? requestBody, string? responseBody)
    {
        writer.WriteStartObject();
        writer.WriteString("_resourceType", type);
        writer.WriteString("startedDateTime", new DateTimeOffset(2025, 5, 2, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(n).ToString("O", CultureInfo.InvariantCulture));
        writer.WriteNumber("time", 12.5);
        writer.WriteStartObject("request");
        writer.WriteString("method", method);
        writer.WriteString("url", url);
        writer.WriteString("httpVersion", "http/2.0");
        writer.WriteStartArray("headers");
        Pair(writer, "Referer", Site + "/");
        Pair(writer, "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36");
        Pair(writer, "Cookie", "c_user=100012345678901; xs=42%3Anotreal%3A2; fr=0abcdefghijklmno");
        writer.WriteEndArray();
        writer.WriteStartArray("queryString");
        writer.WriteEndArray();
        writer.WriteStartArray("cookies");
        writer.WriteEndArray();
        writer.WriteNumber("headersSize", -1);
        writer.WriteNumber("bodySize", requestBody?.Length ?? 0);
        if (requestBody is not null)
        {
            writer.WriteStartObject("postData");
            writer.WriteString("mimeType", "application/x-www-form-urlencoded");
            writer.WriteString("text", requestBody);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("response");
        writer.WriteNumber("status", 200);
        writer.WriteStartObject("content");
        writer.WriteNumber("size", responseBody?.Length ?? 43);
        writer.WriteString("mimeType", responseBody is null ? "image/gif" : "text/javascript");
        writer.WriteString("text", responseBody ?? "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("timings");
        writer.WriteNumber("send", 0);
        writer.WriteNumber("wait", 12);
        writer.WriteNumber("receive", 0.5);
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

    /// <summary>Samples the managed heap while the decode runs and keeps the highest growth seen.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly long _baseline;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakSampler(long baseline)
        {
            _baseline = baseline;
            _thread = new Thread(Sample) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false) - _baseline);
        }

        public void Dispose() => Stop();

        private void Sample()
        {
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false) - _baseline);
                Thread.Sleep(10);
            }
        }
    }
}
