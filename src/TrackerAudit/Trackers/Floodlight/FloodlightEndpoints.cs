using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Floodlight;

/// <summary>Tells Floodlight URLs apart by host and path (no allocation: runs for every request).</summary>
internal static class FloodlightEndpoints
{
    public static FloodlightEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        if (GoogleUrls.IsHostOrSubdomain(host, "fls.doubleclick.net") || host.Equals("ad.doubleclick.net", StringComparison.OrdinalIgnoreCase))
        {
            var path = MatrixParameters.PathWithout(url);
            if (path is not ("/activityi" or "/activityj" or "/activity") || MatrixParameters.OfPath(url).IsEmpty)
            {
                return FloodlightEndpoint.None;
            }

            return MatrixParameters.OfPath(url).Contains("register_conversion=1", StringComparison.Ordinal)
                ? FloodlightEndpoint.AttributionCopy
                : FloodlightEndpoint.Activity;
        }

        if (host.Equals("td.doubleclick.net", StringComparison.OrdinalIgnoreCase))
        {
            return MatrixParameters.PathWithout(url).StartsWith("/td/fls/rul/activity", StringComparison.Ordinal)
                ? FloodlightEndpoint.ProtectedAudience
                : FloodlightEndpoint.None;
        }

        if (host.Equals("www.googletagmanager.com", StringComparison.OrdinalIgnoreCase))
        {
            return UrlParts.Path(url).Equals("/gtag/js", StringComparison.Ordinal) && GoogleUrls.QueryHas(url, "id", "DC-")
                ? FloodlightEndpoint.Library
                : FloodlightEndpoint.None;
        }

        return FloodlightEndpoint.None;
    }
}
