using Microsoft.Playwright;
using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>
/// Sinkhole mode: every request to a known tracker's endpoint hosts is answered locally with a 1x1
/// GIF, so nothing reaches the tracker, while the request is still captured and decoded exactly as
/// sent. Libraries still load, so the tracker behaves as it would.
/// </summary>
internal static class Sinkhole
{
    public const string TrafficNote = "sinkhole: requests to known tracker endpoints were answered locally (nothing reached the trackers)";

    private static readonly byte[] TransparentGif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static IReadOnlyList<TrafficStandIn> StandIns(TrackerCatalogue catalogue) =>
        catalogue.Decoders
            .SelectMany(decoder => decoder.EndpointHosts.Select(host => new TrafficStandIn(
                $"https://{host}/**",
                $"{decoder.Tracker.Name} endpoint (sinkhole)",
                route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/gif", BodyBytes = TransparentGif }))))
            .ToList();
}
