using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Journeys;

namespace TrackerAudit.Browsing;

/// <summary>Starts the browser of a run: launched here, or started for it by a Playwright server (<c>--connect</c>).</summary>
internal static class BrowserStart
{
    /// <summary>Launches the browser here, or connects to the Playwright server of <see cref="AuditOptions.Connect"/>; logs what a remote one lacks.</summary>
    public static async Task<BrowserSession> StartAsync(IReadOnlyList<Journey> journeys, AuditOptions options, string? netLog, BrowserLocator locator, ILogger logger)
    {
        if (!PlaywrightPostData.CanRelease)
        {
            logger.Warning("This Playwright version does not let TrackerAudit release the request bodies it keeps: memory grows with the bodies of a journey until it ends");
        }

        var mode = options.Headed ? "headed" : "headless";
        if (options.Connect is { } endpoint)
        {
            var loopback = OpensLoopback(journeys, options);
            logger.Information(
                loopback ? "Connecting to the Playwright server at {Endpoint}; the journeys open 127.0.0.1, which it will reach on this machine" : "Connecting to the Playwright server at {Endpoint}",
                RemoteEndpoint.ForRecord(endpoint));
            var request = new RemoteBrowserRequest(endpoint, options.BrowserPath, options.Headed, StandInHosts(options), loopback);
            var remote = await BrowserSession.ConnectAsync(request).ConfigureAwait(false);
            logger.Information("Chromium {Version} started by the server ({Executable}), {Mode}", remote.Info.Version, remote.Info.ExecutablePath, mode);
            foreach (var missing in remote.Info.NotAvailable ?? [])
            {
                logger.Warning("Not available with this remote browser: {What}", missing);
            }

            return remote;
        }

        var candidate = locator.Locate(options.BrowserPath);
        logger.Information("Browser: {Path} ({Source})", candidate.ExecutablePath, candidate.Source);
        var local = await BrowserSession.LaunchAsync(candidate, options.Headed, netLog, StandInHosts(options)).ConfigureAwait(false);
        logger.Information("Chromium {Version} started, {Mode}", local.Info.Version, mode);
        return local;
    }

    /// <summary>
    /// Whether a journey opens a loopback address (the demo's replica, a site under test on this machine): a remote
    /// browser must then reach this machine's loopback, which costs the hard-blocking of stand-in hosts. A replay
    /// answers everything here, so it needs no way back.
    /// </summary>
    public static bool OpensLoopback(IReadOnlyList<Journey> journeys, AuditOptions options) =>
        options.Replay.Count == 0
        && journeys.SelectMany(journey => journey.Steps.Concat(journey.Consent.SelectMany(variant => variant.Steps))
                .OfType<GotoStep>().Select(step => step.Url).Prepend(journey.Start).Append(journey.BaseUrl))
            .Append(options.BaseUrl?.ToString())
            .Any(url => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && JourneyUrls.IsAbsoluteHttp(url) && uri.IsLoopback);

    /// <summary>
    /// Hosts answered by stand-ins (every host, when replaying): anything that escapes the routes must fail to
    /// resolve rather than leave.
    /// </summary>
    public static IReadOnlyList<string> StandInHosts(AuditOptions options) => options.Replay.Count > 0 ? ["*"] :
        options.StandIns
            .Select(standIn => Uri.TryCreate(standIn.Pattern.Replace("**", "x", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : null)
            .OfType<string>()
            .Where(host => !host.Contains('*', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
