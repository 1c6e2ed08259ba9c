namespace TrackerAudit.Browsing;

/// <summary>Installs Playwright's own Chromium (a download: needs internet).</summary>
public static class BrowserInstaller
{
    /// <summary>What to do when the download is not possible.</summary>
    public const string Alternatives =
        "If the download is not possible (no internet, a proxy, an unsupported distribution), install a system browser instead:\n"
        + "  - Debian/Ubuntu: sudo apt-get install -y chromium\n"
        + "  - Fedora: sudo dnf install chromium\n"
        + "  - macOS: brew install --cask chromium (or Google Chrome)\n"
        + "  - Windows: install Google Chrome\n"
        + "then run again; TrackerAudit finds it by itself, or name it with --browser PATH or TRACKERAUDIT_BROWSER=PATH.";

    /// <summary>Runs Playwright's installer for Chromium; returns its exit code (0 on success).</summary>
    public static int InstallChromium() => Microsoft.Playwright.Program.Main(["install", "chromium"]);
}
