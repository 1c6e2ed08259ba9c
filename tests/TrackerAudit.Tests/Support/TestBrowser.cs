using TrackerAudit.Browsing;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// The browser the end-to-end tests use, found the way the tool finds one. When there is none,
/// Playwright's download is tried once; when that fails too, the tests fail saying what to install.
/// </summary>
internal static class TestBrowser
{
    private static readonly Lazy<string> Executable = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Executable.Value;

    private static string Find()
    {
        var locator = new BrowserLocator();
        var found = locator.TryLocate(null);
        if (found is not null)
        {
            return found.ExecutablePath;
        }

        TestContext.Progress.WriteLine("No browser found: trying Playwright's Chromium download once...");
        if (BrowserInstaller.InstallChromium() == 0 && locator.TryLocate(null) is { } installed)
        {
            return installed.ExecutablePath;
        }

        Assert.Fail("The end-to-end tests need Chromium and none could be found or downloaded.\n" + BrowserInstaller.Alternatives);
        throw new InvalidOperationException("unreachable");
    }
}
