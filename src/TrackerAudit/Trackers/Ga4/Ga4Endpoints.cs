using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Ga4;

/// <summary>Tells GA4 URLs apart by host, path and a glance at the query (no allocation: runs for every request).</summary>
internal static class Ga4Endpoints
{
    private const string CollectPath = "/g/collect";

    public static Ga4Endpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (path.Equals(CollectPath, StringComparison.Ordinal))
        {
            if (GoogleUrls.IsHostOrSubdomain(host, "google-analytics.com") || GoogleUrls.IsHostOrSubdomain(host, "analytics.google.com"))
            {
                return Ga4Endpoint.Collect;
            }

            if (host.Equals("stats.g.doubleclick.net", StringComparison.OrdinalIgnoreCase))
            {
                return Ga4Endpoint.SignalsMirror;
            }
        }

        if (path.Equals("/ads/ga-audiences", StringComparison.Ordinal) && GoogleUrls.IsGoogleSearchHost(host))
        {
            return GoogleUrls.QueryHas(url, "tid", "G-") ? Ga4Endpoint.AudiencesMirror : Ga4Endpoint.None;
        }

        if (path.Equals("/gtag/js", StringComparison.Ordinal) && host.Equals("www.googletagmanager.com", StringComparison.OrdinalIgnoreCase))
        {
            return GoogleUrls.QueryHas(url, "id", "G-") ? Ga4Endpoint.Library : Ga4Endpoint.None;
        }

        // Server-side tagging and the Google tag gateway serve GA4 from the site's own host, on /g/collect or a
        // path of the site's choosing: the protocol version and a G- measurement id tell it apart.
        if (!IsGoogleHost(host) && GoogleUrls.QueryHas(url, "v", "2") && GoogleUrls.QueryHas(url, "tid", "G-"))
        {
            return Ga4Endpoint.FirstParty;
        }

        return Ga4Endpoint.None;
    }

    private static bool IsGoogleHost(ReadOnlySpan<char> host) =>
        GoogleUrls.IsHostOrSubdomain(host, "google-analytics.com") || GoogleUrls.IsHostOrSubdomain(host, "analytics.google.com")
        || GoogleUrls.IsHostOrSubdomain(host, "doubleclick.net") || GoogleUrls.IsHostOrSubdomain(host, "googletagmanager.com")
        || GoogleUrls.IsGoogleSearchHost(host);
}
