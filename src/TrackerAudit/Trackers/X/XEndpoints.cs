using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.X;

/// <summary>
/// Tells X pixel URLs apart by host and path alone (tracker-protocols-more.md, section 1.8). Every hit goes to
/// both <c>analytics.twitter.com</c> and <c>t.co</c>, in either order; the one on analytics.twitter.com, the
/// endpoint X documents, is the beacon, so that the twin on t.co is always the duplicate.
/// </summary>
internal static class XEndpoints
{
    public const string BeaconHost = "analytics.twitter.com";
    public const string TwinHost = "t.co";

    private const string LibraryHost = "static.ads-twitter.com";

    public static XEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (host.Equals(LibraryHost, StringComparison.OrdinalIgnoreCase))
        {
            return path.EndsWith(".js", StringComparison.Ordinal) ? XEndpoint.Library : XEndpoint.None;
        }

        if (path is not ("/i/adsct" or "/1/i/adsct"))
        {
            return XEndpoint.None;
        }

        return host.Equals(BeaconHost, StringComparison.OrdinalIgnoreCase) ? XEndpoint.Beacon
            : host.Equals(TwinHost, StringComparison.OrdinalIgnoreCase) ? XEndpoint.Twin
            : XEndpoint.None;
    }
}
