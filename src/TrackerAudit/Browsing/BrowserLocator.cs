using System.Runtime.InteropServices;
using TrackerAudit.Errors;

namespace TrackerAudit.Browsing;

/// <summary>
/// Finds a Chromium-family browser without help, in this order: the explicit option, the
/// <c>TRACKERAUDIT_BROWSER</c> environment variable, Playwright's installed Chromium, a system
/// Chromium or Chrome.
/// </summary>
public sealed class BrowserLocator
{
    /// <summary>The environment variable that names a browser executable.</summary>
    public const string EnvironmentVariable = "TRACKERAUDIT_BROWSER";

    private readonly Func<string, string?> _environment;
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, IEnumerable<string>> _directories;

    /// <summary>Creates a locator that looks at the real machine.</summary>
    public BrowserLocator()
        : this(Environment.GetEnvironmentVariable, File.Exists, ListDirectories)
    {
    }

    internal BrowserLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, IEnumerable<string>> directories)
    {
        _environment = environment;
        _fileExists = fileExists;
        _directories = directories;
    }

    /// <summary>Finds a browser, or throws <see cref="TrackerAuditException.BrowserNotFound"/> listing where it looked.</summary>
    public BrowserCandidate Locate(string? explicitPath)
    {
        var looked = new List<string>();
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            if (_fileExists(explicitPath))
            {
                return new BrowserCandidate(explicitPath, "--browser option");
            }

            throw TrackerAuditException.InvalidOption("--browser", $"no browser executable at {explicitPath}");
        }

        var fromEnvironment = _environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (_fileExists(fromEnvironment))
            {
                return new BrowserCandidate(fromEnvironment, $"{EnvironmentVariable} environment variable");
            }

            looked.Add($"{EnvironmentVariable}={fromEnvironment} (no such file)");
        }

        foreach (var root in PlaywrightRoots())
        {
            looked.Add($"Playwright's browsers in {root}");
            var found = FindPlaywrightChromium(root);
            if (found is not null)
            {
                return new BrowserCandidate(found, "Playwright's Chromium");
            }
        }

        foreach (var path in SystemPaths())
        {
            if (_fileExists(path))
            {
                return new BrowserCandidate(path, "system browser");
            }
        }

        looked.Add("system browsers: " + string.Join(", ", SystemPaths()));
        throw TrackerAuditException.BrowserNotFound(looked);
    }

    /// <summary>Finds a browser, or returns null.</summary>
    public BrowserCandidate? TryLocate(string? explicitPath)
    {
        try
        {
            return Locate(explicitPath);
        }
        catch (TrackerAuditException)
        {
            return null;
        }
    }

    private IEnumerable<string> PlaywrightRoots()
    {
        var configured = _environment("PLAYWRIGHT_BROWSERS_PATH");
        if (!string.IsNullOrWhiteSpace(configured) && configured != "0")
        {
            yield return configured;
        }

        var home = _environment("HOME") ?? _environment("USERPROFILE");
        if (OperatingSystem.IsWindows())
        {
            var localAppData = _environment("LOCALAPPDATA");
            if (!string.IsNullOrEmpty(localAppData))
            {
                yield return Path.Combine(localAppData, "ms-playwright");
            }
        }
        else if (OperatingSystem.IsMacOS() && home is not null)
        {
            yield return Path.Combine(home, "Library", "Caches", "ms-playwright");
        }
        else if (home is not null)
        {
            yield return Path.Combine(_environment("XDG_CACHE_HOME") ?? Path.Combine(home, ".cache"), "ms-playwright");
        }
    }

    private string? FindPlaywrightChromium(string root)
    {
        // Newest revision first: Playwright keeps old ones around after an upgrade.
        var revisions = _directories(root)
            .Where(directory => Path.GetFileName(directory).StartsWith("chromium-", StringComparison.Ordinal))
            .OrderByDescending(directory => RevisionOf(directory));
        foreach (var revision in revisions)
        {
            foreach (var relative in PlaywrightExecutables())
            {
                var candidate = Path.Combine(revision, relative);
                if (_fileExists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int RevisionOf(string directory) =>
        int.TryParse(Path.GetFileName(directory).AsSpan("chromium-".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            ? revision
            : -1;

    private static IEnumerable<string> PlaywrightExecutables()
    {
        if (OperatingSystem.IsWindows())
        {
            yield return Path.Combine("chrome-win64", "chrome.exe");
            yield return Path.Combine("chrome-win", "chrome.exe");
        }
        else if (OperatingSystem.IsMacOS())
        {
            var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "chrome-mac-arm64" : "chrome-mac-x64";
            yield return Path.Combine(arch, "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing");
            yield return Path.Combine("chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium");
        }
        else
        {
            yield return Path.Combine("chrome-linux64", "chrome");
            yield return Path.Combine("chrome-linux", "chrome");
        }
    }

    private static IEnumerable<string> SystemPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            yield return @"C:\Program Files\Google\Chrome\Application\chrome.exe";
            yield return @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe";
            yield return @"C:\Program Files\Chromium\Application\chrome.exe";
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
        }
        else
        {
            yield return "/usr/bin/chromium";
            yield return "/usr/bin/chromium-browser";
            yield return "/usr/bin/google-chrome";
            yield return "/usr/bin/google-chrome-stable";
            yield return "/snap/bin/chromium";
            yield return "/opt/google/chrome/chrome";
        }
    }

    private static IEnumerable<string> ListDirectories(string path) =>
        Directory.Exists(path) ? Directory.EnumerateDirectories(path) : [];
}
