using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Running;

[NonParallelizable]
public sealed class AuditRunnerTests
{
    private const string StartPage = """
        <!doctype html><html><head><title>Start page</title></head><body>
        <a id="next" href="/next.html">Go next</a>
        <script>
          new Image().src = 'https://www.facebook.com/tr/?id=111&ev=PageView&dl=' + encodeURIComponent(location.href);
          document.getElementById('next').addEventListener('click', () => {
            const form = new FormData();
            form.append('id', '111');
            form.append('ev', 'Leave');
            navigator.sendBeacon('https://www.facebook.com/tr/', form);
          });
        </script>
        </body></html>
        """;

    private const string NextPage = """
        <!doctype html><html><head><title>Next page</title></head><body>
        <iframe name="hidden" style="display:none"></iframe>
        <form id="pixel" method="post" action="https://www.facebook.com/tr/" target="hidden">
          <input type="hidden" name="id" value="111"><input type="hidden" name="ev" value="FormPost">
          <input type="hidden" name="cd[buttonText]" value="Hello there">
        </form>
        <button id="fire" onclick="document.getElementById('pixel').submit();
          var x = new XMLHttpRequest(); x.open('POST', 'https://www.facebook.com/tr/?id=111&ev=Xhr'); x.send('a=b');">Fire</button>
        <form id="report" method="post" action="/submit">
          <input id="email" name="email"><button id="submit" type="submit">Submit</button>
        </form>
        </body></html>
        """;

    private const string JourneyYaml = """
        name: capture fixture
        start: /
        cookies:
          - { name: c_user, value: "100099", domain: .facebook.com }
        block: ["**/submit"]
        steps:
          - name: go next
            click: "#next"
          - name: fire
            click: "#fire"
          - name: type email
            fill: "#email"
            value: "someone@example.org"
          - name: submit
            click: "#submit"
          - wait: { selector: "text=Blocked by TrackerAudit" }
        """;

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["index.html"] = StartPage,
        ["next.html"] = NextPage,
    };

    [Test]
    public async Task Captures_every_transport_with_the_step_that_caused_it()
    {
        await using var site = await FixtureSite.StartAsync(Pages, "/submit");
        using var folder = new TempFolder();

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], AuditHarness.Options(folder, site.BaseUrl));

        var run = result.Report.Journeys.Single();
        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
        Assert.Multiple(() =>
        {
            var pageView = Single(run, "ev=PageView");
            Assert.That(pageView.StepIndex, Is.EqualTo(0));
            Assert.That(pageView.Method, Is.EqualTo("GET"));
            Assert.That(pageView.Header("cookie"), Does.Contain("c_user=100099"));
            Assert.That(pageView.Disposition, Is.EqualTo(RequestDisposition.AnsweredLocally));

            var beacon = Single(run, "Leave");
            Assert.That(beacon.StepName, Is.EqualTo("go next"));
            Assert.That(beacon.Method, Is.EqualTo("POST"));
            Assert.That(beacon.Header("content-type"), Does.StartWith("multipart/form-data"));

            var formPost = Single(run, "FormPost");
            Assert.That(formPost.StepName, Is.EqualTo("fire"));
            Assert.That(formPost.BodyText, Does.Contain("cd%5BbuttonText%5D=Hello+there"));
            Assert.That(formPost.Header("content-type"), Is.EqualTo("application/x-www-form-urlencoded"));

            var xhr = Single(run, "ev=Xhr");
            Assert.That(xhr.StepName, Is.EqualTo("fire"));
            Assert.That(xhr.ResourceType, Is.EqualTo("xhr"));
        });
    }

    [Test]
    public async Task Requests_sent_while_a_page_unloads_are_captured_from_the_network_log()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = """
                <!doctype html><title>Leaving</title><a id="next" href="/next.html">Go next</a>
                <script>
                  addEventListener('pagehide', () => {
                    fetch('https://www.facebook.com/tr/?id=111&ev=PageHide', { method: 'POST', keepalive: true, body: 'hidden=1' });
                    fetch('/unload', { method: 'POST', keepalive: true, body: 'bye' });
                  });
                </script>
                """,
            ["next.html"] = "<!doctype html><title>Next</title><p id=next-page>next</p>",
        };
        await using var site = await FixtureSite.StartAsync(pages, "/unload");
        using var folder = new TempFolder();
        var journey = AuditHarness.Journey("name: unload\nstart: /\nsteps:\n  - name: go next\n    click: \"#next\"\n");

        var result = await AuditHarness.RunAsync([journey], AuditHarness.Options(folder, site.BaseUrl));

        await site.WaitForPostAsync("/unload");
        var run = result.Report.Journeys.Single();
        var beacon = run.Requests.Single(request => request.Url.Contains("ev=PageHide", StringComparison.Ordinal));
        var local = run.Requests.Single(request => request.Url.EndsWith("/unload", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Source, Is.EqualTo(CaptureSource.NetworkLog));
            Assert.That(beacon.StepName, Is.EqualTo("go next"));
            Assert.That(beacon.Method, Is.EqualTo("POST"));
            Assert.That(beacon.Failure, Does.Contain("NAME_NOT_RESOLVED"), "a stand-in host must not be reachable when a request escapes the routes");
            Assert.That(run.TrackerRequests.Single(decoded => decoded.RequestId == beacon.Id).Events.Single().Name, Is.EqualTo("PageHide"));
            Assert.That(local.Source, Is.EqualTo(CaptureSource.NetworkLog));
            Assert.That(local.Status, Is.EqualTo(200));
            Assert.That(local.BodySize, Is.EqualTo(3));
            Assert.That(run.Requests.Count(request => request.Url.EndsWith("/next.html", StringComparison.Ordinal)), Is.EqualTo(1), "requests Playwright saw are not added twice");
        });
    }

    [Test]
    public async Task Blocked_requests_are_recorded_but_never_reach_the_site()
    {
        await using var site = await FixtureSite.StartAsync(Pages, "/submit");
        using var folder = new TempFolder();

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], AuditHarness.Options(folder, site.BaseUrl));

        var submit = result.Report.Journeys.Single().Requests.Single(request => request.Url.EndsWith("/submit", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(submit.Disposition, Is.EqualTo(RequestDisposition.Blocked));
            Assert.That(submit.StepName, Is.EqualTo("submit"));
            Assert.That(submit.BodyText, Is.EqualTo("email=someone%40example.org"));
            Assert.That(site.Posts, Is.Empty, "the fixture server received the blocked POST");
        });
    }

    [Test]
    public async Task Streams_a_capture_file_that_holds_every_request_and_its_outcome()
    {
        await using var site = await FixtureSite.StartAsync(Pages, "/submit");
        using var folder = new TempFolder();

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], AuditHarness.Options(folder, site.BaseUrl));

        var lines = File.ReadAllLines(Path.Combine(result.RunFolder, AuditRunner.CaptureFileName))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        var requestIds = lines.Where(line => line.GetProperty("type").GetString() == "request")
            .Select(line => line.GetProperty("request").GetProperty("id").GetInt64()).ToList();
        var outcomeIds = lines.Where(line => line.GetProperty("type").GetString() == "outcome")
            .Select(line => line.GetProperty("id").GetInt64()).ToList();
        var captured = result.Report.Journeys.Single().Requests.Select(request => request.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requestIds, Is.EquivalentTo(captured));
            Assert.That(outcomeIds, Is.SubsetOf(captured));
            Assert.That(lines.Count(line => line.GetProperty("type").GetString() == "step"), Is.GreaterThanOrEqualTo(2 * 6));
        });
    }

    [Test]
    public async Task A_failing_step_skips_the_rest_and_still_writes_the_report()
    {
        await using var site = await FixtureSite.StartAsync(Pages);
        using var folder = new TempFolder();
        var journey = AuditHarness.Journey("""
            name: missing element
            start: /
            steps:
              - name: click nothing
                click: "#does-not-exist"
                timeout: 1s
              - goto: /next.html
            """);

        var result = await AuditHarness.RunAsync([journey], AuditHarness.Options(folder, site.BaseUrl));

        var run = JsonReportWriterRead(result.RunFolder).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
            Assert.That(run.Error, Does.Contain("click nothing"));
            Assert.That(run.Steps.Select(step => step.Status), Is.EqualTo(new[] { StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped }));
            Assert.That(run.Requests.Any(request => request.Url.Contains("PageView", StringComparison.Ordinal)), Is.True, "what was captured before the failure is kept");
        });
    }

    [Test]
    public async Task Without_a_browser_the_run_says_how_to_get_one_and_writes_the_report()
    {
        using var folder = new TempFolder();
        var journey = AuditHarness.Journey("name: j\nstart: http://127.0.0.1:9/\nsteps:\n  - wait: { time: 1ms }\n");
        var options = AuditHarness.Options(folder, null) with { BrowserPath = null };

        var result = await AuditHarness.RunnerWithoutBrowsers().RunAsync([journey], options, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(result.Report.Error, Does.Contain("install-browser").And.Contain("apt-get install -y chromium"));
            Assert.That(File.Exists(Path.Combine(result.RunFolder, "report.json")), Is.True);
        });
    }

    [Test]
    public async Task Interruption_stops_the_run_and_keeps_what_was_captured()
    {
        var pages = new Dictionary<string, string>
        {
            ["index.html"] = "<!doctype html><title>Slow</title><script>fetch('/ping', { method: 'POST' });</script>",
        };
        await using var site = await FixtureSite.StartAsync(pages, "/ping");
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var journey = AuditHarness.Journey("name: long wait\nstart: /\nsteps:\n  - wait: { time: 10m }\n");

        var running = AuditHarness.RunAsync([journey], AuditHarness.Options(folder, site.BaseUrl), cancellation.Token);
        await site.WaitForPostAsync("/ping");

        await cancellation.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromMinutes(2));

        var run = result.Report.Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Interrupted));
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Interrupted));
            Assert.That(run.Requests.Any(request => request.Url.EndsWith("/ping", StringComparison.Ordinal)), Is.True);
            Assert.That(File.Exists(Path.Combine(result.RunFolder, "report.json")), Is.True);
        });
    }

    private static CapturedRequest Single(JourneyRun run, string urlOrBodyPart) =>
        run.Requests.Single(request => request.Url.Contains(urlOrBodyPart, StringComparison.Ordinal)
            || (request.BodyText?.Contains(urlOrBodyPart, StringComparison.Ordinal) ?? false));

    private static RunReport JsonReportWriterRead(string runFolder) =>
        TrackerAudit.Reports.JsonReportWriter.Read(Path.Combine(runFolder, "report.json"));
}
