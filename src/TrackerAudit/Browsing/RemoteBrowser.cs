using System.Text.Json;
using Microsoft.Playwright;
using TrackerAudit.Errors;
using TrackerAudit.Serialization;

namespace TrackerAudit.Browsing;

/// <summary>
/// Drives a Chromium that a Playwright server (<c>playwright run-server</c>, a browser grid) starts for this
/// run. The server reads the launch options from the <c>x-playwright-launch-options</c> header; Playwright
/// 1.64's server applies <c>headless</c> always, but <c>args</c> and <c>executablePath</c> only when it was
/// started with <c>--unsafe</c>, and it says nothing when it drops them. So the browser's own command line
/// is read back after connecting, and what did not apply is recorded rather than assumed.
/// </summary>
internal static class RemoteBrowser
{
    public const string LaunchOptionsHeader = "x-playwright-launch-options";

    public const string NetworkLogNote =
        "Chromium's network log (chromium-netlog.json): a remote browser would write it on the server's machine, "
        + "so requests only it sees (beacons sent while a page unloads) are missing from the capture";

    public const string ProxiedLoopbackNote =
        "hard-blocking of the stand-in hosts {0}: the journeys open this machine's 127.0.0.1, which the remote browser reaches "
        + "through Playwright's SOCKS proxy, and that proxy resolves every host name itself, so Chromium's host resolver rules "
        + "do not apply; a request that escapes Playwright's routes (a beacon sent while a page unloads) could reach those hosts";

    // Playwright's exposeNetwork: the browser's traffic goes through a SOCKS proxy that hands loopback to this machine.
    private const string ThisMachinesLoopback = "<loopback>";

    private const float ConnectTimeout = 60_000;

    private const float ProbeTimeout = 15_000;

    public static async Task<IBrowser> ConnectAsync(IPlaywright playwright, RemoteBrowserRequest request)
    {
        var endpoint = RemoteEndpoint.ForRecord(request.Endpoint);
        try
        {
            return await playwright.Chromium.ConnectAsync(request.Endpoint.OriginalString, new BrowserTypeConnectOptions
            {
                Headers = new Dictionary<string, string> { [LaunchOptionsHeader] = LaunchOptions(request) },
                // The journeys' 127.0.0.1 (the demo's replica, a site under test) is this machine, as with a local browser.
                ExposeNetwork = request.ExposeLoopback ? ThisMachinesLoopback : null,
                Timeout = ConnectTimeout,
            }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            // Playwright reports a failed handshake (refused, unknown host, wrong path, version mismatch) as a WebSocket error.
            throw exception is TimeoutException || exception.Message.StartsWith("WebSocket error", StringComparison.Ordinal)
                ? TrackerAuditException.BrowserServerUnreachable(endpoint, exception)
                : TrackerAuditException.RemoteBrowserFailedToStart(endpoint, exception);
        }
    }

    /// <summary>The launch options sent to the server: the browser given with --browser only, since a found one is this machine's.</summary>
    internal static string LaunchOptions(RemoteBrowserRequest request) =>
        JsonSerializer.Serialize(
            new LaunchOptionsDocument(!request.Headed, BrowserSession.RemoteArguments(request.UnreachableHosts), request.ExecutablePath, (int)ConnectTimeout),
            JsonDefaults.Compact);

    public static async Task<BrowserInfo> DescribeAsync(IBrowser browser, RemoteBrowserRequest request)
    {
        var probe = await ProbeAsync(browser).ConfigureAwait(false);
        var endpoint = RemoteEndpoint.ForRecord(request.Endpoint);
        var source = request.ExecutablePath is null
            ? $"Playwright server at {endpoint}"
            : $"Playwright server at {endpoint}, asked for {request.ExecutablePath}";
        return new BrowserInfo("Chromium", browser.Version, probe.Executable ?? "unknown (remote)", source, !request.Headed, probe.UserAgent)
        {
            Mode = BrowserMode.Remote,
            Endpoint = endpoint,
            NotAvailable = NotAvailable(request, probe.CommandLine, probe.Problem),
        };
    }

    /// <summary>What this remote browser lacks that a local one has, from the command line it actually runs with.</summary>
    internal static IReadOnlyList<string> NotAvailable(RemoteBrowserRequest request, string? commandLine, string? probeProblem)
    {
        var missing = new List<string> { NetworkLogNote };
        var wanted = BrowserSession.RemoteArguments(request.UnreachableHosts);
        if (commandLine is null)
        {
            missing.Add($"certainty about the launch arguments: the remote browser's command line could not be read ({probeProblem}), "
                + $"so {string.Join(" ", wanted)} may not have been applied");
            return missing;
        }

        var line = " " + commandLine + " ";
        var dropped = wanted.Where(argument => !line.Contains(" " + argument + " ", StringComparison.Ordinal)).ToList();
        var resolver = dropped.FirstOrDefault(argument => argument.StartsWith(BrowserSession.HostResolverRules, StringComparison.Ordinal));
        if (request.ExposeLoopback && request.UnreachableHosts.Count > 0)
        {
            // Measured: behind the proxy a MAP rule changes nothing, whether the server applied it or not.
            missing.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, ProxiedLoopbackNote, Hosts(request.UnreachableHosts)));
        }
        else if (resolver is not null)
        {
            missing.Add($"hard-blocking of the stand-in hosts {Hosts(request.UnreachableHosts)}: a request that escapes Playwright's routes "
                + "(a beacon sent while a page unloads) could reach them, because the server did not apply " + BrowserSession.HostResolverRules.TrimEnd('=')
                + " (start run-server with --unsafe to let it)");
        }

        var others = dropped.Where(argument => argument != resolver).ToList();
        if (others.Count > 0)
        {
            missing.Add($"launch arguments the server did not apply: {string.Join(" ", others)} (start run-server with --unsafe to let it)");
        }

        if (dropped.Count > 0 && request.ExecutablePath is not null)
        {
            // In Playwright 1.64 the same switch lets a client choose its arguments and its executable.
            missing.Add($"the browser named with --browser ({request.ExecutablePath}): a server that drops launch arguments ignores it too and starts its own");
        }

        return missing;
    }

    // A replay makes every host unresolvable ("*").
    private static string Hosts(IReadOnlyList<string> hosts) =>
        hosts.Contains("*") ? "(every host, as a replay asks)" : string.Join(", ", hosts);

    /// <summary>
    /// Reads the user agent, the executable and the command line the remote browser runs with, from its own
    /// chrome://version page in a throwaway context (no network traffic; CDP's Browser.getBrowserCommandLine
    /// answers only under --enable-automation, which Playwright no longer passes).
    /// </summary>
    private static async Task<Probe> ProbeAsync(IBrowser browser)
    {
        await using var context = await browser.NewContextAsync().ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var userAgent = await page.EvaluateAsync<string>("() => navigator.userAgent").ConfigureAwait(false);
        try
        {
            await page.GotoAsync("chrome://version", new PageGotoOptions { Timeout = ProbeTimeout }).ConfigureAwait(false);
            var commandLine = await page.InnerTextAsync("#command_line", new PageInnerTextOptions { Timeout = ProbeTimeout }).ConfigureAwait(false);
            var executable = await page.InnerTextAsync("#executable_path", new PageInnerTextOptions { Timeout = ProbeTimeout }).ConfigureAwait(false);
            return new Probe(userAgent, commandLine.Trim(), executable.Trim(), null);
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            // A grid may forbid chrome:// pages: the run goes on, and the record says what is not known.
            return new Probe(userAgent, null, null, exception.Message.Split('\n')[0]);
        }
    }

    private sealed record Probe(string? UserAgent, string? CommandLine, string? Executable, string? Problem);

    private sealed record LaunchOptionsDocument(bool Headless, IReadOnlyList<string> Args, string? ExecutablePath, int Timeout);
}
