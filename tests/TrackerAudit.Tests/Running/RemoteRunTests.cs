using System.Text.Json;
using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Running;

/// <summary>Audits through Playwright's own run-server on 127.0.0.1, the browser started by the server.</summary>
[NonParallelizable]
public sealed class RemoteRunTests
{
    private const string Page = """
        <!doctype html><html><head><title>Remote start</title></head><body>
        <form id="report" method="post" action="/submit"><input id="email" name="email"><button id="send" type="submit">Send</button></form>
        <script>
          new Image().src = 'https://www.facebook.com/tr/?id=222333444&ev=PageView&dl=' + encodeURIComponent(location.href);
        </script>
        </body></html>
        """;

    private const string JourneyYaml = """
        name: remote fixture
        start: /
        block: ["**/submit"]
        steps:
          - fill: "#email"
            value: "someone@example.org"
          - click: "#send"
          - wait: { selector: "text=Blocked by TrackerAudit" }
        """;

    private PlaywrightServer _server = null!;

    [OneTimeSetUp]
    public async Task StartTheServer() => _server = await PlaywrightServer.StartAsync(unsafeLaunchOptions: true);

    [OneTimeTearDown]
    public async Task StopTheServer() => await _server.DisposeAsync();

    [Test]
    public async Task A_remote_browser_captures_and_decodes_a_Meta_beacon_with_the_routes_still_applied_here()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = Page }, "/submit");
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, site.BaseUrl) with { Connect = _server.Endpoint };

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);

        var run = result.Report.Journeys.Single();
        var beacon = run.Requests.Single(request => request.Url.Contains("ev=PageView", StringComparison.Ordinal));
        var events = run.TrackerRequests.Where(decoded => decoded.RequestId == beacon.Id).SelectMany(decoded => decoded.Events).ToList();
        var submit = run.Requests.Single(request => request.Url.EndsWith("/submit", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
            Assert.That(beacon.Disposition, Is.EqualTo(RequestDisposition.AnsweredLocally), "the stand-in route ran on this side");
            Assert.That(events.Select(e => (e.TrackerId, e.AccountId, e.Name)), Is.EqualTo(new[] { ("meta-pixel", "222333444", "PageView") }));
            Assert.That(submit.Disposition, Is.EqualTo(RequestDisposition.Blocked));
            Assert.That(site.Posts, Is.Empty, "the blocked form never reached the site");
            Assert.That(File.Exists(Path.Combine(options.RunFolder, AuditRunner.NetworkLogFileName)), Is.False);
        });
    }

    [TestCase("start: http://127.0.0.1:8080/", null, true)]
    [TestCase("start: https://www.example-police.uk/\nsteps:\n  - goto: http://localhost:3000/", null, true)]
    [TestCase("start: /", "http://[::1]:5000/", true)]
    [TestCase("start: https://www.example-police.uk/", null, false)]
    [TestCase("start: /", "https://www.example-police.uk/", false)]
    public void Only_journeys_that_open_this_machine_need_its_loopback(string yaml, string? baseUrl, bool loopback)
    {
        var journey = AuditHarness.Journey("name: j\n" + yaml + (yaml.Contains("steps", StringComparison.Ordinal) ? "\n" : "\nsteps:\n  - wait: { time: 1ms }\n"));
        var options = new AuditOptions { RunFolder = "/tmp/x", RunId = "x", BaseUrl = baseUrl is null ? null : new Uri(baseUrl) };

        Assert.That(BrowserStart.OpensLoopback([journey], options), Is.EqualTo(loopback));
    }

    [Test]
    public async Task A_site_on_this_machine_is_reached_at_the_cost_of_hard_blocking_stand_in_hosts()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = Page }, "/submit");
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, site.BaseUrl) with { Connect = _server.Endpoint };

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);

        Assert.That(result.Report.Browser!.NotAvailable, Is.EqualTo(new[]
        {
            RemoteBrowser.NetworkLogNote,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, RemoteBrowser.ProxiedLoopbackNote, "www.facebook.com"),
        }));
    }

    [Test]
    public async Task The_report_and_metadata_say_the_browser_was_remote_and_what_it_lacked()
    {
        // A site answered here by a route, at a name that is not loopback: the browser needs no way back to this machine.
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, new Uri("http://site.test/")) with { Connect = _server.Endpoint };
        options = options with
        {
            StandIns =
            [
                .. options.StandIns,
                // The form's POST never reaches it: the journey blocks /submit, and a block wins over a stand-in.
                new TrafficStandIn("http://site.test/**", "the audited site", "text/html", () => System.Text.Encoding.UTF8.GetBytes(Page)),
            ],
        };

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);
        await MetadataWriter.WriteAsync(result.Report, options.RunFolder, CancellationToken.None);

        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(options.RunFolder, MetadataWriter.FileName)));
        var browser = metadata.RootElement.GetProperty("browser");
        Assert.Multiple(() =>
        {
            Assert.That(result.Report.Journeys.Single().Status, Is.EqualTo(JourneyStatus.Completed), result.Report.Journeys.Single().Error);
            Assert.That(result.Report.Browser!.Mode, Is.EqualTo(BrowserMode.Remote));
            Assert.That(browser.GetProperty("mode").GetString(), Is.EqualTo("remote"));
            Assert.That(browser.GetProperty("endpoint").GetString(), Is.EqualTo(_server.Endpoint.ToString()));
            Assert.That(browser.GetProperty("version").GetString(), Does.Match(@"^\d+\."));
            Assert.That(browser.GetProperty("userAgent").GetString(), Does.Contain("Chrome/"));
            // Started with --unsafe, the server applied every argument (stand-in hosts hard-blocked): only the network log is out of reach.
            Assert.That(browser.GetProperty("notAvailable").EnumerateArray().Select(item => item.GetString()), Is.EqualTo(new[] { RemoteBrowser.NetworkLogNote }));
        });
    }
}
