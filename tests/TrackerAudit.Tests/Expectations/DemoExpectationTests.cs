using System.Text.RegularExpressions;
using TrackerAudit.Demo;
using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

/// <summary>Runs the demo's main journey with an expectation in real Chromium, on the replica with and without the pixel.</summary>
[NonParallelizable]
public sealed partial class DemoExpectationTests
{
    private const string Expect = """

        expect:
          - name: Meta receives nothing on the report pages
            no-requests:
              hosts: ["*.facebook.com", "connect.facebook.net"]
              trackers: [meta-pixel]
              pages: ["**/report/**"]
        """;

    [Test]
    public async Task Meta_receiving_requests_on_the_report_pages_fails_the_expectation_with_the_beacons_as_evidence()
    {
        var (run, result) = await RunAsync(new DemoSiteOptions());

        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
        Assert.Multiple(() =>
        {
            Assert.That(result.Name, Is.EqualTo("Meta receives nothing on the report pages"));
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Evidence, Has.Some.Match(FacebookBeaconOnReportPage()));
            Assert.That(result.RequestIds, Is.Not.Empty);
            Assert.That(
                result.RequestIds.Select(id => run.Requests.Single(r => r.Id == id).Url),
                Has.All.Match("^https://(www\\.facebook\\.com|connect\\.facebook\\.net)/"));
        });
    }

    [Test]
    public async Task The_same_expectation_passes_on_the_replica_without_the_pixel()
    {
        var (run, result) = await RunAsync(new DemoSiteOptions { IncludeTrackers = false });

        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Evidence, Is.Empty);
            Assert.That(run.Requests.Where(r => r.PageUrl?.Contains("/report/", StringComparison.Ordinal) == true), Is.Not.Empty, "the journey reached the report pages");
        });
    }

    private static async Task<(JourneyRun Run, ExpectationResult Result)> RunAsync(DemoSiteOptions siteOptions)
    {
        var yaml = DemoSite.Journeys().Single(j => j.Name == "report-sexual-assault.yaml").Yaml;
        var loaded = JourneyLoader.Parse("report-sexual-assault.yaml", yaml.TrimEnd() + "\n" + Expect);
        Assert.That(loaded.Problems, Is.Empty, string.Join("\n", loaded.Problems));
        var journey = loaded.Journeys.Single();

        await using var site = await DemoSite.StartAsync(siteOptions);
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, site.BaseUrl) with { StandIns = DemoStandIns.Create() };
        var audit = await AuditHarness.RunAsync([journey], options);

        var run = audit.Report.Journeys.Single();
        var result = ExpectationEvaluator.Evaluate(run, journey.Expectations, "journey").Single();
        return (run, result);
    }

    // e.g. "step 3 'Start the online report': POST https://www.facebook.com/tr/ (Meta Pixel PageView) on http://127.0.0.1:4123/report/rape-sexual-assault/"
    [GeneratedRegex(@"^step \d+ '[^']+': (GET|POST) https://www\.facebook\.com/tr/(\?\.\.\.)? \(Meta Pixel [^)]+\) on http://127\.0\.0\.1:\d+/report/")]
    private static partial Regex FacebookBeaconOnReportPage();
}
