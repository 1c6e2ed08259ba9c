using System.Text.Json.Nodes;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Demo;
using TrackerAudit.Errors;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Running;

/// <summary>
/// A site archived with <c>--archive</c> (Playwright's HAR, response bodies and the tracker script included),
/// replayed after the site is gone: the page's scripts run again and their beacons are captured as sent now.
/// </summary>
[NonParallelizable]
public sealed class ReplayTests
{
    private const string Journey = """
        name: Open the report page
        start: /
        sensitive: [sexual assault]
        steps:
          - click: "text=Report rape or sexual assault"
          - wait: { selector: h1 }
        """;

    private TempFolder _folder = null!;
    private string _archive = null!;
    private Uri _site = null!;

    [OneTimeSetUp]
    public async Task ArchiveTheDemoSiteThenStopIt()
    {
        _folder = new TempFolder();
        await using (var site = await DemoSite.StartAsync())
        {
            _site = site.BaseUrl;
            var options = AuditHarness.Options(_folder, site.BaseUrl) with
            {
                RunFolder = Path.Combine(_folder.Path, "live"),
                Archive = true,
                StandIns = DemoStandIns.Create(),
            };
            var live = await AuditHarness.RunAsync([AuditHarness.Journey(Journey)], options);
            Assert.That(live.Report.Journeys.Single().Status, Is.EqualTo(JourneyStatus.Completed), live.Report.Journeys.Single().Error);
        }

        _archive = Directory.GetFiles(Path.Combine(_folder.Path, "live", JourneyRunner.ArchiveFolder), "*.har").Single();
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public async Task The_archived_pages_script_sends_its_beacons_again_offline_and_they_are_decoded()
    {
        var result = await ReplayAsync(_archive, "replay");

        var run = result.Report.Journeys.Single();
        var events = run.TrackerRequests.SelectMany(decoded => decoded.Events).Where(e => e.Kind == TrackerEventKind.Beacon).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
            Assert.That(events.Where(e => e.Name == "PageView").Select(e => e.PageTitle), Does.Contain("Report rape or sexual assault | Northshire Police"));
            Assert.That(events.Where(e => e.Name == "SubscribedButtonClick").SelectMany(e => e.Fields).Where(f => f.Path == "cd[buttonText]").Select(f => f.Value),
                Has.Some.StartsWith("Report rape or sexual assault"));
            Assert.That(run.Findings.Select(f => f.Subject), Does.Contain("the sensitive word 'sexual assault'"));
            Assert.That(run.Requests.Where(r => r.Url.StartsWith(_site.ToString(), StringComparison.Ordinal)).Select(r => r.Disposition), Has.All.EqualTo(RequestDisposition.FromArchive));
            var library = run.Requests.Where(r => r.Url.Contains("connect.facebook.net", StringComparison.Ordinal)).ToList();
            Assert.That(library, Is.Not.Empty);
            Assert.That(library.Select(r => r.Disposition), Has.All.EqualTo(RequestDisposition.FromArchive), "the tracker script came from the archive");
            Assert.That(run.Requests.Where(r => r.Url.StartsWith("https://www.facebook.com/tr", StringComparison.Ordinal)).Select(r => r.Disposition), Has.All.EqualTo(RequestDisposition.AnsweredLocally));
            Assert.That(run.Requests.Where(r => r.Disposition == RequestDisposition.Sent).Select(r => r.Method + " " + r.Url), Is.Empty, "nothing went to the network");
            Assert.That(result.Report.Replay!.Unanswered, Is.Empty);
            Assert.That(result.Report.TrackerTraffic, Does.StartWith("replay of"));
        });
    }

    [Test]
    public async Task Requests_the_archive_cannot_answer_fail_as_offline_and_are_listed()
    {
        // The same archive without the site's crest: the pages still work, the image is missing.
        var har = JsonNode.Parse(File.ReadAllText(_archive))!;
        var entries = har["log"]!["entries"]!.AsArray();
        foreach (var entry in entries.Where(e => e!["request"]!["url"]!.GetValue<string>().EndsWith("/assets/crest.svg", StringComparison.Ordinal)).ToList())
        {
            entries.Remove(entry);
        }

        var cut = _folder.Write("without-crest.har", har.ToJsonString());

        var result = await ReplayAsync(cut, "replay-cut");

        var run = result.Report.Journeys.Single();
        var unanswered = result.Report.Replay!.Unanswered;
        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
            Assert.That(unanswered, Is.Not.Empty);
            Assert.That(unanswered.Select(request => request.Url), Has.All.EndsWith("/assets/crest.svg"));
            Assert.That(unanswered.Select(request => request.Journey), Has.All.EqualTo("Open the report page"));
            var crests = run.Requests.Where(request => request.Url.EndsWith("/assets/crest.svg", StringComparison.Ordinal)).ToList();
            Assert.That(crests.Select(request => request.Disposition), Has.All.EqualTo(RequestDisposition.NotInArchive));
            Assert.That(crests.Select(request => request.Failure), Has.All.Contains("ERR_INTERNET_DISCONNECTED"));
            Assert.That(run.TrackerRequests.SelectMany(decoded => decoded.Events).Select(e => e.Name), Does.Contain("PageView"), "the rest of the page still ran");
        });
    }

    [Test]
    public async Task A_broken_archive_exits_2_naming_the_position_before_any_browser_starts()
    {
        var text = File.ReadAllText(_archive);
        var broken = _folder.Write("broken.har", text[..(text.Length / 2)]);
        var output = Path.Combine(_folder.Path, "broken-run");
        var journey = _folder.Write("journey.yaml", Journey);

        var result = await CliResult.RunAsync("run", journey, "--replay", broken, "--output", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("--replay: ").And.Contain("broken.har is not a readable HAR file: at byte"));
            Assert.That(Directory.Exists(output), Is.False, "nothing ran");
        });
    }

    [Test]
    public async Task A_folder_without_archives_exits_2()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Path, "empty")).FullName;
        var journey = _folder.Write("journey2.yaml", Journey);

        var result = await CliResult.RunAsync("run", journey, "--replay", empty, "--output", Path.Combine(_folder.Path, "empty-run"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain($"--replay: the folder {empty} holds no *.har file"));
        });
    }

    private Task<AuditResult> ReplayAsync(string archive, string folder) =>
        AuditHarness.RunAsync([AuditHarness.Journey(Journey)], AuditHarness.Options(_folder, _site) with
        {
            RunFolder = Path.Combine(_folder.Path, folder),
            Replay = ReplayArchives.OpenAll([archive]),
            StandIns = Sinkhole.StandIns(TrackerRegistry.Catalogue()),
            TrackerTraffic = "replay of " + Path.GetFileName(archive),
        });
}
