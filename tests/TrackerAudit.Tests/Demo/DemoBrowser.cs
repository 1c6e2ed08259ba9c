using Microsoft.Playwright;
using TrackerAudit.Browsing;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Demo;

/// <summary>How the demo tests launch Chromium: the browser the tool would find, headless, with the tool's own flags.</summary>
internal static class DemoBrowser
{
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = TestBrowser.Path,
        Headless = true,
        Args = BrowserSession.LaunchArguments(),
    };
}
