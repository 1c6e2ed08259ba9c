using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.UniversalAnalytics;

/// <summary>Tells Universal Analytics URLs apart by host, path and a glance at the query (no allocation).</summary>
internal static class UniversalAnalyticsEndpoints
{
    public static UniversalAnalyticsEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        var collect = path is "/collect" or "/j/collect" or "/r/collect";
        if (GoogleUrls.IsHostOrSubdomain(host, "google-analytics.com"))
        {
            if (collect)
            {
                return UniversalAnalyticsEndpoint.Collect;
            }

            return path is "/analytics.js" or "/analytics_debug.js" ? UniversalAnalyticsEndpoint.Library : UniversalAnalyticsEndpoint.None;
        }

        if (host.Equals("stats.g.doubleclick.net", StringComparison.OrdinalIgnoreCase))
        {
            return collect ? UniversalAnalyticsEndpoint.DoubleClickMirror : UniversalAnalyticsEndpoint.None;
        }

        if (GoogleUrls.IsGoogleSearchHost(host))
        {
            // A G- id makes it GA4's copy (Ga4Endpoints); every other audiences hit is Universal Analytics'.
            return path.Equals("/ads/ga-audiences", StringComparison.Ordinal) && !GoogleUrls.QueryHas(url, "tid", "G-")
                ? UniversalAnalyticsEndpoint.AudiencesMirror
                : UniversalAnalyticsEndpoint.None;
        }

        if (host.Equals("www.googletagmanager.com", StringComparison.OrdinalIgnoreCase))
        {
            return path.Equals("/gtag/js", StringComparison.Ordinal) && GoogleUrls.QueryHas(url, "id", "UA-")
                ? UniversalAnalyticsEndpoint.Library
                : UniversalAnalyticsEndpoint.None;
        }

        if (path.EndsWith("/collect", StringComparison.Ordinal) && !GoogleUrls.IsHostOrSubdomain(host, "doubleclick.net")
            && GoogleUrls.QueryHas(url, "v", "1") && GoogleUrls.QueryHas(url, "tid", "UA-"))
        {
            return UniversalAnalyticsEndpoint.FirstParty;
        }

        return UniversalAnalyticsEndpoint.None;
    }
}
