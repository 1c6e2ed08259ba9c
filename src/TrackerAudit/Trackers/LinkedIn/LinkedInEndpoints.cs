using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>Tells LinkedIn Insight Tag URLs apart by host and path alone (tracker-protocols-more.md, section 1.7).</summary>
internal static class LinkedInEndpoints
{
    public const string Host = "px.ads.linkedin.com";

    /// <summary>The mirror that repeats every hit, adding <c>e_ipv6</c>: its copies are duplicates.</summary>
    public const string MirrorHost = "px4.ads.linkedin.com";

    private const string LibraryHost = "snap.licdn.com";
    private const string LibraryFolder = "/li.lms-analytics/";

    public static LinkedInEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (host.Equals(LibraryHost, StringComparison.OrdinalIgnoreCase))
        {
            return path.StartsWith(LibraryFolder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal)
                ? LinkedInEndpoint.Library
                : LinkedInEndpoint.None;
        }

        if (!host.Equals(Host, StringComparison.OrdinalIgnoreCase) && !host.Equals(MirrorHost, StringComparison.OrdinalIgnoreCase))
        {
            return LinkedInEndpoint.None;
        }

        if (path.Length > 1 && path[^1] == '/')
        {
            path = path[..^1];
        }

        return path switch
        {
            "/collect" => LinkedInEndpoint.Collect,
            "/wa" => LinkedInEndpoint.WebActivity,
            "/attribution_trigger" => LinkedInEndpoint.AttributionTrigger,
            "/db_sync" => LinkedInEndpoint.PartnerSync,
            _ => LinkedInEndpoint.None,
        };
    }

    public static bool IsMirror(string url) => UrlParts.Host(url).Equals(MirrorHost, StringComparison.OrdinalIgnoreCase);
}
