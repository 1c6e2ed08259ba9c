using System.Collections.Concurrent;
using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

/// <summary>A report.html opened from disk in headless Chromium, with every console error, page error and request recorded.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportPage(IPlaywright playwright, IBrowser browser, IPage page, string url)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Url = url;
    }

    public IPage Page { get; }

    public string Url { get; }

    public ConcurrentQueue<string> Errors { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<ReportPage> OpenAsync(string htmlPath, bool javaScript = true)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestBrowser.Path,
            Headless = true,
            Args = BrowserSession.LaunchArguments(),
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var url = new Uri(htmlPath).AbsoluteUri;
        var report = new ReportPage(playwright, browser, page, url);
        context.Request += (_, request) => report.Requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                report.Errors.Enqueue(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => report.Errors.Enqueue("page error: " + error);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
