using TrackerAudit.Errors;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Running;

[NonParallelizable]
public sealed class ParallelRunTests
{
    // Sets a cookie for its host, then loads a second page that carries it, and waits so that the journeys overlap.
    private const string CookiePage = """
        <!doctype html><html><head><title>Site</title></head><body>
        <script>document.cookie = 'a=1; path=/';</script>
        <a id="next" href="/second.html">Next</a>
        </body></html>
        """;

    private const string PlainPage = """
        <!doctype html><html><head><title>Site</title></head><body>
        <a id="next" href="/second.html">Next</a>
        </body></html>
        """;

    private const string SecondPage = """
        <!doctype html><html><head><title>Second</title></head><body>
        <img src="/pixel.gif" alt="">
        <script>fetch('/data.json');</script>
        </body></html>
        """;

    [Test]
    public async Task Parallel_journeys_never_see_each_others_requests_or_cookies()
    {
        await using var siteA = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = CookiePage, ["second.html"] = SecondPage });
        await using var siteB = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = PlainPage, ["second.html"] = SecondPage });
        using var folder = new TempFolder();
        var journeys = new[] { TwoPageJourney("journey A", siteA.BaseUrl), TwoPageJourney("journey B", siteB.BaseUrl) };

        var result = await AuditHarness.RunAsync(journeys, AuditHarness.Options(folder, baseUrl: null) with { Workers = 2 });

        var (a, b) = (result.Report.Journeys[0], result.Report.Journeys[1]);
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo(JourneyStatus.Completed), a.Error);
            Assert.That(b.Status, Is.EqualTo(JourneyStatus.Completed), b.Error);
            Assert.That(a.StartedAt < b.EndedAt && b.StartedAt < a.EndedAt, Is.True, "the journeys ran at the same time");
            Assert.That(a.Requests.Select(request => request.Url), Has.All.StartsWith(siteA.BaseUrl.ToString()));
            Assert.That(b.Requests.Select(request => request.Url), Has.All.StartsWith(siteB.BaseUrl.ToString()));
            Assert.That(a.Requests.Where(request => request.StepIndex == 1).Select(request => request.Header("cookie")), Has.Some.Contains("a=1"), "journey A's own cookie is sent");
            // Cookies ignore ports: had B shared A's context, its requests to 127.0.0.1 would carry a=1.
            Assert.That(b.Requests.Select(request => request.Header("cookie") ?? ""), Has.None.Contains("a=1"));
        });
    }

    [Test]
    public async Task Three_journeys_on_two_workers_capture_what_one_worker_captures()
    {
        var pages = new Dictionary<string, string> { ["index.html"] = PlainPage, ["second.html"] = SecondPage, ["third.html"] = SecondPage };
        await using var site = await FixtureSite.StartAsync(pages);
        var journeys = new[]
        {
            AuditHarness.Journey("name: one\nstart: /\nsteps:\n  - click: \"#next\"\n", "one.yaml"),
            AuditHarness.Journey("name: two\nstart: /second.html\nsteps:\n  - goto: /third.html\n  - wait: { time: 300ms }\n", "two.yaml"),
            AuditHarness.Journey("name: three\nstart: /third.html\nsteps:\n  - goto: /\n  - click: \"#next\"\n", "three.yaml"),
        };

        using var sequentialFolder = new TempFolder();
        using var parallelFolder = new TempFolder();
        var sequential = await AuditHarness.RunAsync(journeys, AuditHarness.Options(sequentialFolder, site.BaseUrl) with { Workers = 1 });
        var parallel = await AuditHarness.RunAsync(journeys, AuditHarness.Options(parallelFolder, site.BaseUrl) with { Workers = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(parallel.Report.Journeys.Select(run => run.Journey), Is.EqualTo(new[] { "one", "two", "three" }), "in the order of the journey list");
            Assert.That(parallel.Report.Journeys.Select(run => run.Status), Has.All.EqualTo(JourneyStatus.Completed));
            Assert.That(Captured(parallel), Is.EqualTo(Captured(sequential)));
            Assert.That(Captured(sequential).Values, Has.All.Not.Empty);
            var ids = parallel.Report.Journeys.SelectMany(run => run.Requests).Select(request => request.Id).ToList();
            Assert.That(ids, Is.Unique, "request ids are unique across the run");
        });
    }

    [Test]
    public async Task Ctrl_C_stops_every_worker_and_keeps_what_they_captured()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = PlainPage });
        using var folder = new TempFolder();
        var journeys = Enumerable.Range(1, 3)
            .Select(number => AuditHarness.Journey($"name: long {number}\nstart: /\nsteps:\n  - wait: {{ time: 60s }}\n", $"long{number}.yaml"))
            .ToList();
        using var cancellation = new CancellationTokenSource();

        var running = AuditHarness.RunAsync(journeys, AuditHarness.Options(folder, site.BaseUrl) with { Workers = 2 }, cancellation.Token);
        await WaitUntilStepStartsAsync(Path.Combine(folder.Path, "run", AuditRunner.CaptureFileName), step: 1, journeys: 2);
        await cancellation.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Interrupted));
            Assert.That(result.Report.Journeys.Select(run => run.Journey), Is.EqualTo(new[] { "long 1", "long 2" }), "the third journey never started");
            Assert.That(result.Report.Journeys.Select(run => run.Status), Has.All.EqualTo(JourneyStatus.Interrupted));
            Assert.That(result.Report.Journeys.Select(run => run.Requests.Count), Has.All.GreaterThan(0), "each kept its start page");
            Assert.That(File.Exists(Path.Combine(folder.Path, "run", "report.json")), Is.True);
        });
    }

    private static Journey TwoPageJourney(string name, Uri site) => AuditHarness.Journey($$"""
        name: {{name}}
        start: {{site}}
        steps:
          - click: "#next"
          - wait: { time: 1500ms }
        """, name.Replace(' ', '-') + ".yaml");

    /// <summary>Per journey, what was requested at which step: ids and times differ between runs, these must not.</summary>
    private static Dictionary<string, List<string>> Captured(AuditResult result) =>
        result.Report.Journeys.ToDictionary(
            run => run.Journey,
            run => run.Requests.Select(request => $"{request.StepIndex} {request.Method} {request.Url}").Order(StringComparer.Ordinal).ToList());

    /// <summary>Waits until the capture file shows that many journeys starting that step.</summary>
    private static async Task WaitUntilStepStartsAsync(string capture, int step, int journeys)
    {
        var marker = $"\"index\":{step},";
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (File.Exists(capture))
            {
                await using var stream = new FileStream(capture, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                var lines = (await reader.ReadToEndAsync()).Split('\n');
                if (lines.Count(line => line.Contains("\"type\":\"step\"", StringComparison.Ordinal) && line.Contains(marker, StringComparison.Ordinal)) >= journeys)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{capture} never showed {journeys} journeys at step {step}");
    }
}
