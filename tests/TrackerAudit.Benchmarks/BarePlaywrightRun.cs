using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Demo;
using TrackerAudit.Journeys;
using TrackerAudit.Running;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// The other side of benchmark 1: the demo journeys' steps driven by plain Playwright, nothing captured. Same
/// browser and launch flags (less the network log, which is capture), same context options, cookies, stand-in
/// routes for Meta's hosts and block routes, same step actions (<see cref="StepActions"/>: they are plain
/// Playwright calls) and the same screenshots (only those the journeys ask for, as with
/// <c>--no-screenshots</c>). After each step it waits for the page's load event and then for Playwright's
/// network idle (no connection for 500 ms) of the current document. No request events, no settle, no
/// decoding, no reports.
/// </summary>
internal static class BarePlaywrightRun
{
    public static async Task RunAsync(string browserPath, IReadOnlyList<Journey> journeys, string screenshotFolder, TimeSpan stepTimeout)
    {
        await using var site = await DemoSite.StartAsync().ConfigureAwait(false);
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var standIns = DemoStandIns.Create();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            Args = BrowserSession.LaunchArguments(null, ["connect.facebook.net", "www.facebook.com"]),
            Timeout = 60_000,
        }).ConfigureAwait(false);
        foreach (var journey in journeys)
        {
            await RunJourneyAsync(browser, journey, standIns, site.BaseUrl, screenshotFolder, stepTimeout).ConfigureAwait(false);
        }
    }

    private static async Task RunJourneyAsync(IBrowser browser, Journey journey, IReadOnlyList<TrafficStandIn> standIns, Uri baseUrl, string screenshotFolder, TimeSpan stepTimeout)
    {
        var timeout = (float)stepTimeout.TotalMilliseconds;
        var inputs = new InputValues(journey);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        }).ConfigureAwait(false);
        await context.AddCookiesAsync(JourneyContext.Cookies(journey)).ConfigureAwait(false);
        foreach (var standIn in standIns)
        {
            await context.RouteAsync(standIn.Pattern, route => Quietly(() => route.FulfillAsync(JourneyContext.Response(standIn)))).ConfigureAwait(false);
        }

        foreach (var pattern in journey.Block)
        {
            await context.RouteAsync(pattern, route => Quietly(() => route.FulfillAsync(new RouteFulfillOptions { Status = 200, Body = "blocked" }))).ConfigureAwait(false);
        }

        context.SetDefaultTimeout(timeout);
        context.SetDefaultNavigationTimeout(timeout);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        context.Page += (_, opened) => page = opened;
        var start = new GotoStep { Index = 0, Name = "start", Url = journey.Start };
        foreach (var step in journey.Steps.Prepend(start))
        {
            var screenshot = step is ScreenshotStep || step.Screenshot == true;
            if (step is ClickStep && screenshot)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot(screenshotFolder, journey, step, "before") }).ConfigureAwait(false);
            }

            var around = new StepSurroundings(url => new Uri(baseUrl, url).ToString(), journey.Sensitive, TimeProvider.System, () => page.WaitForLoadStateAsync(LoadState.NetworkIdle), Serilog.Core.Logger.None, (_, _) => { });
            await StepActions.ExecuteAsync(step, page, inputs, around, timeout, CancellationToken.None).ConfigureAwait(false);
            await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle).ConfigureAwait(false);
            if (screenshot)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot(screenshotFolder, journey, step, "after"), FullPage = step is ScreenshotStep { FullPage: true } }).ConfigureAwait(false);
            }
        }
    }

    private static string Shot(string folder, Journey journey, Step step, string when) =>
        Path.Combine(folder, Slug.Of(journey.Name) + "-" + step.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + when + ".png");

    private static async Task Quietly(Func<Task> answer)
    {
        try
        {
            await answer().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // A beacon sent as its page unloads can outlive the page.
        }
    }
}
