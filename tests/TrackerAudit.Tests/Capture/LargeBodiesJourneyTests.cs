using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Hosting;
using TrackerAudit.Imports;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture;

/// <summary>
/// A real journey whose page POSTs a thousand bodies of 200 KB: the bodies go to disk intact and referenced,
/// everything that reads bodies still sees them whole, and the managed heap holds none of them.
/// </summary>
[NonParallelizable]
public sealed class LargeBodiesJourneyTests
{
    private const int Size = 200_000;
    private const int Count = 1_000;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string MetaAccount = "555666777";

    private const string JourneyYaml = """
        name: large bodies
        start: /
        inputs:
          email: "${canary.email}"
        steps:
          - fill: "#email"
            value: "${inputs.email}"
          - click: "#send"
          - wait: { selector: "text=all sent" }
            timeout: 3m
        """;

    // Eight uploads at a time to the site itself; then three to a third party carrying what was typed, and two
    // Meta beacons sent as form POSTs, all as large; then /done, where the heap is measured with the context open.
    private static readonly string Page = $$"""
        <!doctype html><html><head><title>Uploads</title></head><body>
        <input id="email"><button id="send">Send</button><p id="status">waiting</p>
        <script>
          const SIZE = {{Size}}, COUNT = {{Count}};
          const FILL = '{{Alphabet}}'.repeat(Math.ceil(SIZE / {{Alphabet.Length}}));
          const body = i => { const head = 'n=' + i + '&d='; return head + FILL.slice(0, SIZE - head.length); };
          document.getElementById('send').addEventListener('click', async () => {
            const typed = document.getElementById('email').value;
            await fetch('/upload', { method: 'POST', body: 'small=1' });
            for (let i = 0; i < COUNT; i += 8) {
              await Promise.all([...Array(Math.min(8, COUNT - i)).keys()].map(k => fetch('/upload', { method: 'POST', body: body(i + k) })));
            }
            for (let k = 0; k < 3; k++) {
              await fetch('https://collector.example/ingest', { method: 'POST', mode: 'no-cors', body: 'note=' + encodeURIComponent(typed) + '&pad=' + FILL.slice(0, SIZE) });
            }
            for (let k = 0; k < 2; k++) {
              await fetch('https://www.facebook.com/tr/', { method: 'POST', mode: 'no-cors',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: 'id={{MetaAccount}}&ev=BigEvent' + k + '&dl=' + encodeURIComponent(location.href) + '&cd[blob]=' + FILL.slice(0, SIZE) });
            }
            await fetch('/done', { method: 'POST' });
            document.getElementById('status').textContent = 'all sent';
          });
        </script>
        </body></html>
        """;

    private static readonly string Fill = string.Concat(Enumerable.Repeat(Alphabet, (Size / Alphabet.Length) + 1));

    private TempFolder _folder = null!;
    private AuditResult _result = null!;
    private JourneyRun _run = null!;
    private long _heapBefore;
    private long _heapDuring;
    private long _heapAfter;

    private static long TotalBodyBytes => (Count + 5L) * Size;

    [OneTimeSetUp]
    public async Task RunTheJourney()
    {
        var during = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = new Dictionary<string, RequestDelegate>
        {
            ["/upload"] = context =>
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            },
            ["/done"] = context =>
            {
                // Every upload has been made and captured: whatever still holds their bodies is on the heap now.
                during.TrySetResult(GC.GetTotalMemory(forceFullCollection: true));
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            },
        };
        await using var site = await StaticSiteServer.StartAsync(path => path == "index.html" ? Encoding.UTF8.GetBytes(Page) : null, handlers);
        _folder = new TempFolder();
        var options = AuditHarness.Options(_folder, site.BaseUrl);
        options = options with
        {
            StandIns =
            [
                .. options.StandIns,
                new TrafficStandIn("https://collector.example/**", "third-party collector", "text/plain", () => [], Status: 204),
            ],
        };

        _heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        _result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);
        _heapDuring = await during.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        _run = _result.Report.Journeys.Single();
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private string RunFolder => _result.RunFolder;

    private List<CapturedRequest> Uploads => _run.Requests.Where(request => request.Url.EndsWith("/upload", StringComparison.Ordinal) && request.BodySize == Size).ToList();

    [Test]
    public void The_journey_sent_every_upload()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_run.Status, Is.EqualTo(JourneyStatus.Completed), _run.Error);
            Assert.That(Uploads, Has.Count.EqualTo(Count));
        });
    }

    [Test]
    public void Bodies_over_the_limit_are_files_named_after_their_request_and_not_kept_inline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Uploads.Select(request => request.BodyFile), Is.EqualTo(Uploads.Select(request => RequestBodies.RelativePath(request.Id))));
            Assert.That(Uploads.Select(request => request.BodyText ?? request.BodyBase64), Has.All.Null);
            Assert.That(Uploads.Select(request => File.Exists(Path.Combine(RunFolder, request.BodyFile!))), Has.All.True);
        });
    }

    [Test]
    public void Each_stored_body_is_exactly_what_the_page_sent_and_matches_its_hash()
    {
        var sent = new SortedSet<int>();
        foreach (var request in Uploads)
        {
            var bytes = File.ReadAllBytes(Path.Combine(RunFolder, request.BodyFile!));
            var text = Encoding.UTF8.GetString(bytes);
            var n = int.Parse(text.AsSpan(2, text.IndexOf('&', StringComparison.Ordinal) - 2), System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(request.BodySha256), request.BodyFile);
            Assert.That(text, Is.EqualTo(Body(n)), request.BodyFile);
            sent.Add(n);
        }

        Assert.That(sent, Is.EqualTo(Enumerable.Range(0, Count)));
    }

    [Test]
    public void A_body_under_the_limit_stays_inline()
    {
        var small = _run.Requests.Single(request => request.BodyText == "small=1");

        Assert.That((small.BodyFile, small.BodySize), Is.EqualTo(((string?)null, 7L)));
    }

    [Test]
    public void Stored_Meta_beacons_are_decoded_from_their_files()
    {
        var beacons = _run.Requests.Where(request => request.Url.StartsWith("https://www.facebook.com/tr/", StringComparison.Ordinal)).ToList();
        var events = _run.TrackerRequests.Where(decoded => beacons.Any(beacon => beacon.Id == decoded.RequestId)).SelectMany(decoded => decoded.Events).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(beacons.Select(beacon => beacon.BodyFile).ToList(), Has.Count.EqualTo(2).And.All.Not.Null);
            Assert.That(events.Select(e => (e.AccountId, e.Name)), Is.EquivalentTo(new[] { (MetaAccount, "BigEvent0"), (MetaAccount, "BigEvent1") }));
            Assert.That(events.Select(e => e.Fields.Single(field => field.Path == "cd[blob]").Value), Has.All.EqualTo(Fill[..Size]));
        });
    }

    [Test]
    public void A_typed_value_inside_a_stored_third_party_body_is_a_typed_data_finding()
    {
        var stored = _run.Requests.Where(request => request.Url.StartsWith("https://collector.example/", StringComparison.Ordinal)).ToList();
        var findings = _run.Findings.Where(finding => finding.Category == FindingCategory.TypedData && finding.Parameter == "body").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(stored, Has.Count.EqualTo(3).And.All.Matches<CapturedRequest>(request => request.BodyFile is not null));
            Assert.That(findings.Select(finding => finding.Recipient), Has.Member("collector.example"));
            Assert.That(findings.Select(finding => finding.RequestId), Is.SubsetOf(stored.Select(request => request.Id)));
            Assert.That(findings.Select(finding => finding.Value), Has.All.Contains(Uri.EscapeDataString(_run.TypedValues["email"])));
        });
    }

    [Test]
    public async Task The_HAR_holds_every_stored_body_in_full()
    {
        await HarWriter.WriteAsync(_result.Report, RunFolder, CancellationToken.None);

        var expected = Uploads.ToDictionary(request => request.BodySha256!, _ => 0);
        var exported = 0;
        foreach (var entry in HarReader.Read(Path.Combine(RunFolder, HarWriter.FileName), "har"))
        {
            if (entry.Url.EndsWith("/upload", StringComparison.Ordinal) && entry.BodySize == Size)
            {
                Assert.That(expected, Contains.Key(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.BodyText!)))));
                exported++;
            }
        }

        Assert.That(exported, Is.EqualTo(Count));
    }

    [Test]
    public void The_capture_and_the_report_refer_to_the_bodies_instead_of_holding_them()
    {
        var capture = new FileInfo(Path.Combine(RunFolder, AuditRunner.CaptureFileName));
        var report = new FileInfo(Path.Combine(RunFolder, "report.json"));

        Assert.Multiple(() =>
        {
            Assert.That(capture.Length, Is.LessThan(TotalBodyBytes / 20));
            // The decoded Meta fields are the report's evidence: two beacons' cd[blob] values, written twice each.
            Assert.That(report.Length, Is.LessThan(TotalBodyBytes / 20));
            Assert.That(File.ReadLines(capture.FullName).Where(line => line.Contains("/upload\"", StringComparison.Ordinal) && line.Contains("\"bodySize\":200000", StringComparison.Ordinal)), Has.All.Contains("\"bodyFile\":\"bodies/"));
        });
    }

    [Test]
    public void The_managed_heap_holds_none_of_the_bodies_during_the_journey_or_after_it()
    {
        TestContext.Progress.WriteLine($"bodies {TotalBodyBytes / 1e6:F0} MB; heap before {_heapBefore / 1e6:F1} MB, during {_heapDuring / 1e6:F1} MB, after {_heapAfter / 1e6:F1} MB");

        // Holding every body once, as a string, would take twice their size; a quarter is room for everything else.
        Assert.Multiple(() =>
        {
            Assert.That(_heapDuring - _heapBefore, Is.LessThan(TotalBodyBytes / 4), "with the browser context still open");
            Assert.That(_heapAfter - _heapBefore, Is.LessThan(TotalBodyBytes / 4), "with the run's report in hand");
        });
        GC.KeepAlive(_result);
    }

    private static string Body(int n)
    {
        var head = $"n={n}&d=";
        return head + Fill[..(Size - head.Length)];
    }
}
