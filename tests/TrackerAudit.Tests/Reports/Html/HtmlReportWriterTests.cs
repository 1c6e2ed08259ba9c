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
}
