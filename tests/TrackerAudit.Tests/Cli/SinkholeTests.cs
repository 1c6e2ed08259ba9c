using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

[NonParallelizable]
public sealed class SinkholeTests
{
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["index.html"] = """
            <!doctype html><title>Report stalking</title><a id="go" href="/next.html">Next</a>
            <script>new Image().src = 'https://www.facebook.com/tr/?id=42&ev=PageView&dl=' + encodeURIComponent(location.href);</script>
            """,
        ["next.html"] = "<!doctype html><title>Next</title><p>next</p>",
    };

    [Test]
    public async Task Sinkhole_answers_tracker_endpoints_locally_and_still_decodes_what_was_sent()
    {
        await using var site = await FixtureSite.StartAsync(Pages);
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: sinkholed\nstart: /\nsensitive: [stalking]\nsteps:\n  - click: \"#go\"\n");

        var result = await CliResult.RunAsync("run", journey, "--sinkhole", "--base-url", site.BaseUrl.ToString(), "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots");

        var runFolder = Directory.GetDirectories(folder.Path).Single();
        var report = JsonReportWriter.Read(Path.Combine(runFolder, "report.json"));
        var run = report.Journeys.Single();
        var beacon = run.Requests.Single(request => request.Url.StartsWith("https://www.facebook.com/tr/", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output);
            Assert.That(beacon.Disposition, Is.EqualTo(RequestDisposition.AnsweredLocally));
            Assert.That(beacon.Status, Is.EqualTo(200));
            Assert.That(run.TrackerRequests.Single(decoded => decoded.RequestId == beacon.Id).Events.Single().AccountId, Is.EqualTo("42"));
            Assert.That(report.TrackerTraffic, Does.StartWith("sinkhole"));
            Assert.That(File.ReadAllText(Path.Combine(runFolder, "metadata.json")), Does.Contain("sinkhole"));
        });
    }
}
