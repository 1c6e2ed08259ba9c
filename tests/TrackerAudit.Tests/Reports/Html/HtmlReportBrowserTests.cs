using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

/// <summary>The report a person opens from disk: what they see, what it refuses to run, what it never loads.</summary>
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private TempFolder _folder = null!;
    private string _htmlPath = null!;
    private ReportPage _report = null!;

    [OneTimeSetUp]
    public async Task WriteTheReportOnce()
    {
        _folder = new TempFolder();
        await TakeScreenshotAsync(Path.Combine(_folder.Path, HostileRun.Screenshot));
        await HtmlReportWriter.WriteAsync(HostileRun.Report(), _folder.Path, CancellationToken.None);
        _htmlPath = Path.Combine(_folder.Path, HtmlReportWriter.FileName);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [SetUp]
    public async Task Open() => _report = await ReportPage.OpenAsync(_htmlPath);

    [TearDown]
    public async Task Close() => await _report.DisposeAsync();

    private IPage Page => _report.Page;

    [Test]
    public async Task Renders_without_errors_and_loads_nothing_but_itself()
    {
        await Page.Locator("#filters").WaitForAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_report.Errors, Is.Empty);
            Assert.That(_report.Requests, Is.EqualTo(new[] { _report.Url }));
        });
    }

    [Test]
    public async Task Shows_the_verdict_the_findings_and_the_steps_as_visible_text()
    {
        var verdict = Page.Locator("#verdict li.line").First;
        var statement = Page.Locator("table.findings td.statement", new() { HasText = "the sensitive word 'sexual assault' in dl" });
        var step = Page.Locator("li.step .name", new() { HasText = HostileRun.StepName });

        Assert.Multiple(async () =>
        {
            Assert.That(await verdict.InnerTextAsync(), Is.EqualTo("Meta Pixel (account 1234) received 2 events from 2 pages, 1 of them naming sexual assault, and what was typed as email."));
            Assert.That(await statement.IsVisibleAsync(), Is.True);
            Assert.That(await step.IsVisibleAsync(), Is.True);
        });
    }

    [Test]
    public async Task Captured_markup_shows_as_literal_text_and_runs_nothing()
    {
        var statement = await Page.Locator("table.findings td.statement").First.InnerTextAsync();
        var title = await Page.Locator("li.step .page strong").First.InnerTextAsync();
        var field = Page.Locator("table.fields tr.leak", new() { Has = Page.Locator("td.path", new() { HasText = "cd[x]" }) }).Locator("td.value").First;
        var raw = await Page.Locator(".request pre").AllTextContentsAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), Is.True);
            Assert.That(await Page.Locator("h1", new() { HasText = "broken" }).CountAsync(), Is.Zero);
            Assert.That(await Page.Locator("img[src='x']").CountAsync(), Is.Zero);
            Assert.That(statement, Does.Contain(HostileRun.Payload), "finding statement");
            Assert.That(title, Does.Contain(HostileRun.Payload), "page title");
            Assert.That(await field.IsVisibleAsync(), Is.True, "a leaking field is in view");
            Assert.That(await field.InnerTextAsync(), Is.EqualTo(HostileRun.Payload), "decoded field value");
            Assert.That(raw, Has.Some.Contains("GET https://www.facebook.com/tr/?id=1234&ev=PageView&dl=" + HostileRun.Payload), "URL");
            Assert.That(raw, Has.Some.Contains("referer: https://site.example/" + HostileRun.Payload), "header");
            Assert.That(raw, Has.Some.Contains("cd[x]=" + HostileRun.Payload), "body");
            Assert.That(_report.Errors, Is.Empty);
            Assert.That(_report.Requests, Is.EqualTo(new[] { _report.Url }));
        });
    }

    [Test]
    public async Task The_severity_filter_hides_findings_of_other_severities()
    {
        var rows = Page.Locator("tr.finding-row");
        var visibleBefore = await rows.Locator("visible=true").CountAsync();

        await Page.SelectOptionAsync("#filter-severity", "critical");

        Assert.Multiple(async () =>
        {
            Assert.That(visibleBefore, Is.EqualTo(6));
            Assert.That(await rows.Locator("visible=true").CountAsync(), Is.EqualTo(1));
            Assert.That(await Page.Locator("tr.finding-row.sev-critical").IsVisibleAsync(), Is.True);
            Assert.That(await Page.Locator("ul.statements li.sev-high").First.IsVisibleAsync(), Is.False);
            Assert.That(await Page.Locator("#filter-count").InnerTextAsync(), Is.EqualTo("Showing 1 of 6 findings"));
        });
    }

    [Test]
    public async Task The_tracker_filter_hides_other_recipients()
    {
        await Page.SelectOptionAsync("#filter-recipient", new SelectOptionValue { Label = "tracker.evil.example" });

        var visible = await Page.Locator("tr.finding-row").Locator("visible=true").AllInnerTextsAsync();
        Assert.That(visible, Has.Count.EqualTo(1));
        Assert.That(visible[0], Does.Contain("tracker.evil.example received the sensitive word"));
    }

    [Test]
    public async Task Without_script_everything_is_shown_and_no_filter_appears()
    {
        await using var noScript = await ReportPage.OpenAsync(_htmlPath, javaScript: false);

        Assert.Multiple(async () =>
        {
            Assert.That(await noScript.Page.Locator("#filters").IsVisibleAsync(), Is.False);
            Assert.That(await noScript.Page.Locator("tr.finding-row").Locator("visible=true").CountAsync(), Is.EqualTo(6));
        });
    }

    [Test]
    public async Task Printing_shows_the_findings_table_and_no_filter()
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Multiple(async () =>
        {
            Assert.That(await Page.Locator("table.findings").IsVisibleAsync(), Is.True);
            Assert.That(await Page.Locator("tr.finding-row").Locator("visible=true").CountAsync(), Is.EqualTo(6));
            Assert.That(await Page.Locator("#filters").IsVisibleAsync(), Is.False);
        });
    }

    [Test]
    public async Task A_screenshot_is_embedded_and_enlarges_when_clicked()
    {
        var image = Page.Locator("figure.shot img");
        var small = await image.BoundingBoxAsync();

        await image.ClickAsync();
        await Page.WaitForFunctionAsync("() => document.querySelector('figure.shot').matches(':target')");
        var large = await image.BoundingBoxAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await image.GetAttributeAsync("src"), Does.StartWith("data:image/png;base64,iVBORw0KGgo"));
            Assert.That(await image.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the image decodes");
            Assert.That(large!.Width, Is.GreaterThan(small!.Width * 2));
        });
    }

    [Test]
    public async Task A_failed_journey_is_announced_loudly()
    {
        var alarms = await Page.Locator(".alarm").Locator("visible=true").AllInnerTextsAsync();

        Assert.That(alarms, Has.Some.Contains("This journey FAILED at step 2 (Send the form): step 2 timed out"));
    }

    [Test]
    public async Task Undecoded_and_blocked_requests_are_listed()
    {
        var text = await Page.Locator("section.journey").InnerTextAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Evil Tracker").And.Contain("unknown body format " + HostileRun.Payload));
            Assert.That(text, Does.Contain("POST\thttps://site.example/submit"));
        });
    }

    [Test]
    public async Task A_very_long_value_is_cut_in_the_table_and_whole_in_the_raw_request()
    {
        var cell = Page.Locator("table.fields td.value", new() { HasText = HostileRun.LongValue });
        Assert.That(await cell.IsVisibleAsync(), Is.False, "parameters without findings are folded");
        await Page.Locator("details.fields summary", new() { HasText = "4 decoded parameters" }).ClickAsync();
        await cell.WaitForAsync();
        var text = await cell.InnerTextAsync();
        var body = await Page.Locator(".request pre.body", new() { HasText = "cd[long]=" }).TextContentAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("(first 2,000 of 3,016 characters; the whole value is in the raw request)"));
            Assert.That(text, Does.Not.Contain(new string('y', 2000)));
            Assert.That(body, Does.Contain(HostileRun.LongValue + new string('y', 3000)));
        });
    }

    private static async Task TakeScreenshotAsync(string path)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = TestBrowser.Path, Headless = true, Args = BrowserSession.LaunchArguments() });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 800, Height = 600 } });
        await page.SetContentAsync("<h1 style='font:48px sans-serif'>Northshire Police</h1>");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
    }
}
