using Microsoft.Playwright;

namespace TrackerAudit.Tests.Demo;

/// <summary>How the demo tests launch Chromium: the system's, headless, quiet.</summary>
internal static class DemoBrowser
{
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    };
}
