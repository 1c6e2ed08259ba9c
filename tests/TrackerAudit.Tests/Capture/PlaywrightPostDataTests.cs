using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture;

/// <summary>Pins the one place TrackerAudit reaches into Playwright: a Playwright upgrade that moves the field fails here.</summary>
[NonParallelizable]
public sealed class PlaywrightPostDataTests
{
    [Test]
    public async Task Playwright_s_copy_of_a_captured_body_is_released()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = TestBrowser.Path, Args = BrowserSession.LaunchArguments() });
        var page = await browser.NewPageAsync();
        await page.RouteAsync("http://site.test/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>t</title>" }));
        await page.GotoAsync("http://site.test/");

        var request = await page.RunAndWaitForRequestAsync(
            () => page.EvaluateAsync("() => fetch('/upload', { method: 'POST', body: 'x'.repeat(100000) })"),
            "http://site.test/upload");
        var taken = request.PostDataBuffer;
        PlaywrightPostData.Release(request);

        Assert.Multiple(() =>
        {
            Assert.That(PlaywrightPostData.CanRelease, Is.True, $"Playwright {typeof(IPlaywright).Assembly.GetName().Version} lays out its requests differently: see PlaywrightPostData");
            Assert.That(taken, Has.Length.EqualTo(100_000), "the recorder's copy is untouched");
            Assert.That(request.PostDataBuffer, Is.Null);
        });
    }
}
