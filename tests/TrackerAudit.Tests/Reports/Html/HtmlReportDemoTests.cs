using TrackerAudit.Reports;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

/// <summary>The HTML report of a real demo run, as a person opening it from disk sees it.</summary>
[NonParallelizable]
public sealed class HtmlReportDemoTests
{
    private TempFolder _folder = null!;
    private string _htmlPath = null!;

    [OneTimeSetUp]
    public async Task RunTheDemoOnce()
    {
        _folder = new TempFolder();
        var result = await CliResult.RunAsync("demo", "--output", _folder.Path, "--browser", TestBrowser.Path);
        var runFolder = Directory.GetDirectories(_folder.Path).Single();
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var report = JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));
        await HtmlReportWriter.WriteAsync(report, runFolder, CancellationToken.None);
        _htmlPath = Path.Combine(runFolder, HtmlReportWriter.FileName);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public async Task The_verdict_names_each_tracker_and_the_sexual_assault_pages()
    {
        await using var report = await ReportPage.OpenAsync(_htmlPath);

        var lines = report.Page.Locator("#verdict > ul > li", new() { HasText = "Report sexual assault" }).Locator("li.line");
        var texts = await lines.AllInnerTextsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Count.EqualTo(3), string.Join("\n", texts));
            foreach (var tracker in new[] { "Meta Pixel", "Google Analytics 4", "TikTok Pixel" })
            {
                Assert.That(texts, Has.One.Match($@"^{tracker} \(account [\w-]+\) received \d+ events from \d+ pages, .*naming .*sexual assault"), tracker);
            }

            Assert.That(report.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Screenshots_are_embedded_images_and_nothing_is_fetched()
    {
        await using var report = await ReportPage.OpenAsync(_htmlPath);

        var sources = await report.Page.Locator("figure.shot img").EvaluateAllAsync<string[]>("images => images.map(image => image.getAttribute('src'))");
        var decoded = await report.Page.Locator("figure.shot img").First.EvaluateAsync<int>("image => image.decode().then(() => image.naturalWidth)");

        Assert.Multiple(() =>
        {
            Assert.That(sources, Is.Not.Empty);
            Assert.That(sources, Has.All.StartWith("data:image/png;base64,"));
            Assert.That(decoded, Is.GreaterThan(0));
            Assert.That(report.Requests, Is.EqualTo(new[] { report.Url }));
        });
    }
}
