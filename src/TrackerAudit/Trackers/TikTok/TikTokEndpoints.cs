using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.TikTok;

/// <summary>
/// Tells TikTok Pixel URLs apart by host and path alone (tracker-protocols-more.md, section 1.6). The
/// telemetry paths (<c>/inter</c>, <c>/perf</c>, <c>/monitor</c>, <c>/enrich_ipv6</c>) carry no event and are
/// not claimed: they stay in the third-party table as undecoded requests.
/// </summary>
internal static class TikTokEndpoints
{
    public const string Host = "analytics.tiktok.com";

    private const string LibraryFolder = "/i18n/pixel/";

    public static TikTokEndpoint Classify(string url)
    {
        if (!UrlParts.Host(url).Equals(Host, StringComparison.OrdinalIgnoreCase))
        {
            return TikTokEndpoint.None;
        }

        var path = UrlParts.Path(url);
        if (path.Length > 1 && path[^1] == '/')
        {
            path = path[..^1];
        }

        if (path.StartsWith(LibraryFolder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal))
        {
            return TikTokEndpoint.Library;
        }

        return path switch
        {
            "/api/v2/pixel" or "/api/v2/pixel/track" or "/api/v2/shopify_pixel" or "/api/v1/track" or "/api/v1/pixel" => TikTokEndpoint.Event,
            "/api/v2/pixel/act" or "/api/v2/shopify_pixel/act" => TikTokEndpoint.Action,
            _ => TikTokEndpoint.None,
        };
    }
}
