using Microsoft.Playwright;
using TrackerAudit.Errors;

namespace TrackerAudit.Browsers;

/// <summary>A started Playwright driver and Chromium, shared by the journeys of a run.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, BrowserInfo info)
    {
        _playwright = playwright;
        Browser = browser;
        Info = info;
    }

    public IBrowser Browser { get; }

    public BrowserInfo Info { get; }

    public static async Task<BrowserSession> StartAsync(BrowserCandidate candidate, bool headed, string? netLogPath = null, IReadOnlyList<string>? unreachableHosts = null)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = candidate.ExecutablePath,
                Headless = !headed,
                Args = LaunchArguments(netLogPath, unreachableHosts),
                Timeout = 60_000,
            }).ConfigureAwait(false);
            var userAgent = await ReadUserAgentAsync(browser).ConfigureAwait(false);
            return new BrowserSession(playwright, browser, new BrowserInfo("Chromium", browser.Version, candidate.ExecutablePath, candidate.Source, !headed, userAgent));
        }
        catch (PlaywrightException exception)
        {
            playwright.Dispose();
            throw TrackerAuditException.BrowserFailedToStart(candidate.ExecutablePath, exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser already crashed or was closed: nothing left to release.
        }

        _playwright.Dispose();
    }

    internal static string[] LaunchArguments(string? netLogPath = null, IReadOnlyList<string>? unreachableHosts = null)
    {
        var arguments = new List<string>
        {
            // Chromium's own background traffic (updates, safe browsing, sync) is not the site's: keep it out of the capture.
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic",
        };
        if (netLogPath is not null)
        {
            // Cookies included (the identifiers are evidence); bodies are not recorded at this level.
            arguments.Add("--log-net-log=" + netLogPath);
            arguments.Add("--net-log-capture-mode=IncludeSensitive");
        }

        if (unreachableHosts is { Count: > 0 })
        {
            // Hosts answered by local stand-ins: a request that escapes Playwright's routes (an unload beacon) must fail, not leave.
            arguments.Add("--host-resolver-rules=" + string.Join(", ", unreachableHosts.Select(host => $"MAP {host} ~NOTFOUND")));
        }

        if (RunsAsRoot())
        {
            // Chromium refuses to start its sandbox as root (containers, CI); the audited pages are the same without it.
            arguments.Add("--no-sandbox");
        }

        return [.. arguments];
    }

    private static bool RunsAsRoot() =>
        OperatingSystem.IsLinux() && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static async Task<string?> ReadUserAgentAsync(IBrowser browser)
    {
        await using var context = await browser.NewContextAsync().ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        return await page.EvaluateAsync<string>("() => navigator.userAgent").ConfigureAwait(false);
    }
}
