using TrackerAudit.Browsing;
using TrackerAudit.Errors;

namespace TrackerAudit.Tests.Browsing;

public sealed class BrowserLocatorTests
{
    private static readonly string Home = OperatingSystem.IsWindows() ? @"C:\Users\me" : "/home/me";

    [Test]
    public void An_explicit_path_wins_over_everything()
    {
        var locator = Locator(env: new() { ["TRACKERAUDIT_BROWSER"] = "/env/chrome" }, files: ["/explicit/chrome", "/env/chrome", "/usr/bin/chromium"]);

        var found = locator.Locate("/explicit/chrome");

        Assert.That(found, Is.EqualTo(new BrowserCandidate("/explicit/chrome", "--browser option")));
    }

    [Test]
    public void An_explicit_path_that_does_not_exist_is_invalid_input()
    {
        var locator = Locator(files: ["/usr/bin/chromium"]);

        var error = Assert.Throws<TrackerAuditException>(() => locator.Locate("/nowhere/chrome"));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error.Message, Does.Contain("/nowhere/chrome"));
    }

    [Test]
    public void The_environment_variable_comes_before_installed_browsers()
    {
        var locator = Locator(env: new() { ["TRACKERAUDIT_BROWSER"] = "/env/chrome" }, files: ["/env/chrome", "/usr/bin/chromium"]);

        Assert.That(locator.Locate(null).Source, Does.Contain("TRACKERAUDIT_BROWSER"));
    }

    [Test]
    public void Playwright_chromium_is_preferred_to_a_system_browser_newest_revision_first()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Playwright's folder layout is checked for Linux here.");
        }

        var root = Path.Combine(Home, ".cache", "ms-playwright");
        var old = Path.Combine(root, "chromium-1100", "chrome-linux", "chrome");
        var newest = Path.Combine(root, "chromium-1200", "chrome-linux64", "chrome");
        var locator = Locator(
            files: [old, newest, "/usr/bin/chromium"],
            directories: new() { [root] = [Path.Combine(root, "chromium-1100"), Path.Combine(root, "chromium-1200"), Path.Combine(root, "ffmpeg-1010")] });

        var found = locator.Locate(null);

        Assert.That(found, Is.EqualTo(new BrowserCandidate(newest, "Playwright's Chromium")));
    }

    [Test]
    public void A_system_browser_is_found_when_nothing_else_is_there()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("System paths are checked for Linux here.");
        }

        var locator = Locator(files: ["/usr/bin/google-chrome"]);

        Assert.That(locator.Locate(null), Is.EqualTo(new BrowserCandidate("/usr/bin/google-chrome", "system browser")));
    }

    [Test]
    public void With_no_browser_the_error_says_where_it_looked_and_how_to_get_one()
    {
        var locator = Locator(env: new() { ["TRACKERAUDIT_BROWSER"] = "/gone/chrome" });

        var error = Assert.Throws<TrackerAuditException>(() => locator.Locate(null));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(error.Message, Does.Contain("TRACKERAUDIT_BROWSER=/gone/chrome (no such file)"));
            Assert.That(error.Message, Does.Contain("trackeraudit install-browser"));
            Assert.That(error.Message, Does.Contain("apt-get install -y chromium"));
            Assert.That(locator.TryLocate(null), Is.Null);
        });
    }

    private static BrowserLocator Locator(Dictionary<string, string>? env = null, string[]? files = null, Dictionary<string, string[]>? directories = null)
    {
        var environment = new Dictionary<string, string>(env ?? []) { ["HOME"] = Home };
        var existing = new HashSet<string>(files ?? []);
        return new BrowserLocator(
            name => environment.GetValueOrDefault(name),
            existing.Contains,
            path => directories?.GetValueOrDefault(path) ?? []);
    }
}
