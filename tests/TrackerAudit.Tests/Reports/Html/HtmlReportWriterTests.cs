using System.Text.RegularExpressions;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

public sealed class HtmlReportWriterTests
{
    [Test]
    public void The_policy_comes_before_any_content_and_the_page_has_one_script()
    {
        using var folder = new TempFolder();

        var html = HtmlReportWriter.Render(HostileRun.Report(), folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(html.IndexOf("http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<style>", StringComparison.Ordinal)).And.GreaterThan(0));
            Assert.That(Regex.Count(html, "<script", RegexOptions.IgnoreCase), Is.EqualTo(1));
            Assert.That(html, Does.Contain("<script>" + ReportScript.Source + "</script>"));
            Assert.That(html, Does.Not.Contain(HostileRun.Payload));
        });
    }

    [Test]
    public void A_run_that_could_not_start_says_why()
    {
        using var folder = new TempFolder();
        var report = HostileRun.Report() with { Journeys = [], Browser = null, Error = "No browser found <b>" };

        var html = HtmlReportWriter.Render(report, folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("The audit could not complete: No browser found &lt;b&gt;"));
            Assert.That(html, Does.Contain("none started"));
        });
    }

    [Test]
    public async Task Writes_report_html_into_the_run_folder()
    {
        using var folder = new TempFolder();

        await HtmlReportWriter.WriteAsync(HostileRun.Report(), folder.Path, CancellationToken.None);

        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "report.html")), Does.StartWith("<!DOCTYPE html>"));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "no temporary file left behind");
    }

    [Test]
    public async Task The_written_file_is_the_page_Render_makes()
    {
        using var folder = new TempFolder();
        var report = HostileRun.Report();

        await HtmlReportWriter.WriteAsync(report, folder.Path, CancellationToken.None);

        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "report.html")), Is.EqualTo(HtmlReportWriter.Render(report, folder.Path)));
    }

    [Test]
    public void Shows_every_request_a_finding_names_and_says_how_many_others_it_leaves_out()
    {
        using var folder = new TempFolder();
        var beacons = Enumerable.Range(1, JourneySection.MaxRequestsShown + 100).Select(id => SomeRun.Beacon(id, "PageView", $"http://127.0.0.1:5000/page/{id}/")).ToList();
        var last = beacons[^1].Request.Id;
        var run = SomeRun.Journey() with
        {
            Requests = beacons.Select(beacon => beacon.Request).ToList(),
            TrackerRequests = beacons.Select(beacon => beacon.Decoded).ToList(),
            Findings = [SomeRun.Finding("k1", "the last page was told") with { RequestId = last }],
        };

        var html = HtmlReportWriter.Render(SomeRun.Report(run), folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"id=\"j0-r{JourneySection.MaxRequestsShown}\""));
            Assert.That(html, Does.Not.Contain($"id=\"j0-r{JourneySection.MaxRequestsShown + 1}\""));
            Assert.That(html, Does.Contain($"id=\"j0-r{last}\""), "the request the finding names");
            Assert.That(html, Does.Contain("99 more tracker requests without findings not shown here"));
        });
    }
}
