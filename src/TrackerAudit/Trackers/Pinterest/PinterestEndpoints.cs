using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Pinterest;

/// <summary>Tells the Pinterest Tag's endpoints apart by host and path (reference section 1.10), without allocating.</summary>
internal static class PinterestEndpoints
{
    public const string Host = "ct.pinterest.com";

    public static PinterestEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (host.Equals("s.pinimg.com", StringComparison.OrdinalIgnoreCase))
        {
            return path.StartsWith("/ct/", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) ? PinterestEndpoint.Library : PinterestEndpoint.None;
        }

        if (!host.Equals(Host, StringComparison.OrdinalIgnoreCase))
        {
            return PinterestEndpoint.None;
        }

        return path.TrimEnd('/') switch
        {
            "/v3" => PinterestEndpoint.Event,
            "/user" => PinterestEndpoint.User,
            "/md" => PinterestEndpoint.Metadata,
            "/ct.html" => PinterestEndpoint.Config,
            "/static/ct/token_create.js" => PinterestEndpoint.Library,
            _ => PinterestEndpoint.None,
        };
    }
}
