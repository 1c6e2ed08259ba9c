using Microsoft.Playwright;
using TrackerAudit.Errors;

namespace TrackerAudit.Browsing;

/// <summary>A started Playwright driver and Chromium (launched here, or driven through a Playwright server), shared by the journeys of a run.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    internal const string HostResolverRules = "--host-resolver-rules=";

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, BrowserInfo info)
    {
        _playwright = playwright;
        Browser = browser;
        Info = info;
    }

    public IBrowser Browser { get; }

    public BrowserInfo Info { get; }

    public static async Task<BrowserSession> LaunchAsync(BrowserCandidate candidate, bool headed, string? netLogPath = null, IReadOnlyList<string>? unreachableHosts = null)
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

    /// <summary>Connects to a Playwright server, which starts the browser; throws <see cref="TrackerAuditException"/> (exit 3) when it cannot.</summary>
    public static async Task<BrowserSession> ConnectAsync(RemoteBrowserRequest request)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await RemoteBrowser.ConnectAsync(playwright, request).ConfigureAwait(false);
            try
            {
                return new BrowserSession(playwright, browser, await RemoteBrowser.DescribeAsync(browser, request).ConfigureAwait(false));
            }
            catch (PlaywrightException exception)
            {
                await CloseQuietlyAsync(browser).ConfigureAwait(false);
                throw TrackerAuditException.RemoteBrowserFailedToStart(RemoteEndpoint.ForRecord(request.Endpoint), exception);
            }
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // For a remote browser this ends the connection, and the server closes the browser it started for it.
        await CloseQuietlyAsync(Browser).ConfigureAwait(false);
        _playwright.Dispose();
    }

    internal static string[] LaunchArguments(string? netLogPath = null, IReadOnlyList<string>? unreachableHosts = null)
    {
        var arguments = CommonArguments();
        if (netLogPath is not null)
        {
            // Cookies included (the identifiers are evidence); bodies are not recorded at this level.
            arguments.Add("--log-net-log=" + netLogPath);
            arguments.Add("--net-log-capture-mode=IncludeSensitive");
        }

        AddUnreachableHosts(arguments, unreachableHosts);
        if (RunsAsRoot())
        {
            // Chromium refuses to start its sandbox as root (containers, CI); the audited pages are the same without it.
            arguments.Add("--no-sandbox");
        }

        return [.. arguments];
    }

    /// <summary>
    /// The arguments asked of a Playwright server: no network log (it would be written on the server's
    /// machine) and no sandbox switch (the server's Playwright adds --no-sandbox itself unless told otherwise).
    /// </summary>
    internal static string[] RemoteArguments(IReadOnlyList<string>? unreachableHosts)
    {
        var arguments = CommonArguments();
        AddUnreachableHosts(arguments, unreachableHosts);
        return [.. arguments];
    }

    // Chromium's own background traffic (updates, safe browsing, sync) is not the site's: keep it out of the capture.
    private static List<string> CommonArguments() =>
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
    ];

    private static void AddUnreachableHosts(List<string> arguments, IReadOnlyList<string>? unreachableHosts)
    {
        if (unreachableHosts is { Count: > 0 })
        {
            // Hosts answered by local stand-ins: a request that escapes Playwright's routes (an unload beacon) must fail, not leave.
            arguments.Add(HostResolverRules + string.Join(", ", unreachableHosts.Select(host => $"MAP {host} ~NOTFOUND")));
        }
    }

    private static async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser already crashed or was closed (or the server went away): nothing left to release.
        }
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
