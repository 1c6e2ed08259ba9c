using System.Text;
using TrackerAudit.Findings;
using TrackerAudit.Hosting;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Running;

[NonParallelizable]
public sealed class RepeatRunTests
{
    // Loads the pixel's beacon on every page view, and a second tracker's beacon on every other one.
    private const string Page = """
        <!doctype html><html><head><title>Report fraud</title></head><body>
        <img src="https://www.facebook.com/tr/?id=111122223333444&ev=PageView&dl=SITE" alt="">
        {0}
        <script>
          if (document.cookie.indexOf('seen=1') >= 0) { fetch('/seen-before'); }
          document.cookie = 'seen=1; path=/';
        </script>
        </body></html>
        """;

    [Test]
    public async Task Each_repeat_runs_in_a_fresh_context_and_the_report_counts_findings_seen_in_k_of_n_runs()
    {
        var loads = 0;
        await using var site = await StaticSiteServer.StartAsync(path =>
        {
            if (path != "index.html")
            {
                return null;
            }

            // Loads 1 and 3 carry the sometimes-tracker: 2 of 3 runs, whichever run gets which load.
            var sometimes = Interlocked.Increment(ref loads) % 2 == 1 ? "<img src=\"https://tracker.example/collect?q=fraud\" alt=\"\">" : "";
            return Encoding.UTF8.GetBytes(Page.Replace("{0}", sometimes, StringComparison.Ordinal));
        });
        using var folder = new TempFolder();
        var journey = AuditHarness.Journey("name: Fraud page\nstart: /\nsensitive: [fraud]\nsteps:\n  - wait: { time: 200ms }\n");
        var defaults = AuditHarness.Options(folder, site.BaseUrl);
        var options = defaults with
        {
            Repeat = 3,
            Workers = 2,
            Screenshots = true,
            StandIns = [.. defaults.StandIns, new TrafficStandIn("https://tracker.example/**", "a second tracker", "text/plain", () => [], Status: 204)],
        };

        var result = await AuditHarness.RunAsync([journey], options);

        var runs = result.Report.Journeys;
        var summary = result.Report.Repeats.Single();
        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(run => run.Journey), Is.EqualTo(new[] { "Fraud page (run 1 of 3)", "Fraud page (run 2 of 3)", "Fraud page (run 3 of 3)" }));
            Assert.That(runs.Select(run => run.Status), Has.All.EqualTo(JourneyStatus.Completed));
            Assert.That(runs.SelectMany(run => run.Requests).Select(request => request.Url), Has.None.Contains("/seen-before"), "no run saw another run's cookie");
            Assert.That(summary.Runs, Has.Count.EqualTo(3));
            var sensitive = summary.Findings.Where(repeated => repeated.Finding.Category == FindingCategory.SensitiveContext).ToList();
            Assert.That(sensitive.Where(repeated => repeated.Finding.Recipient == "tracker.example").Select(finding => (finding.SeenIn, finding.Of)), Is.EqualTo(new[] { (2, 3) }));
            var meta = summary.Findings.Where(repeated => repeated.Finding.Recipient == "Meta Pixel").ToList();
            Assert.That(meta, Is.Not.Empty);
            Assert.That(meta.Select(finding => finding.Always), Has.All.True, "the pixel fired in every run");
            var screenshotFolders = runs.SelectMany(run => run.Steps).SelectMany(step => step.Screenshots).Select(path => Path.GetDirectoryName(path)).Distinct().ToList();
            Assert.That(screenshotFolders, Has.Count.EqualTo(3), "each repetition keeps its own screenshots");
        });
    }
}
