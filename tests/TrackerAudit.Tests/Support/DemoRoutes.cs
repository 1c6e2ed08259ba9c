using Microsoft.Playwright;
using TrackerAudit.Demo;

namespace TrackerAudit.Tests.Support;

/// <summary>Answers the demo's tracker hosts in a test's own browser context as a demo run does, so nothing leaves the machine.</summary>
internal static class DemoRoutes
{
    /// <summary>Routes every demo stand-in in <paramref name="context"/>; the requests still raise the context's request events.</summary>
    public static async Task RouteTrackersAsync(IBrowserContext context)
    {
        foreach (var standIn in DemoStandIns.Create())
        {
            await context.RouteAsync(standIn.Pattern, async route =>
            {
                try
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = standIn.ContentType, BodyBytes = standIn.Body() });
                }
                catch (PlaywrightException)
                {
                    // A beacon sent as its page unloads can outlive the page; the request was still captured.
                }
            });
        }
    }
}
