using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Uet;

/// <summary>Tells UET's endpoints apart by host and path (reference section 1.11), without allocating.</summary>
internal static class UetEndpoints
{
    public const string Host = "bat.bing.com";

    public static UetEndpoint Classify(string url)
    {
        if (!UrlParts.Host(url).Equals(Host, StringComparison.OrdinalIgnoreCase))
        {
            return UetEndpoint.None;
        }

        var path = UrlParts.Path(url);
        if (path.StartsWith("/actionp/", StringComparison.Ordinal))
        {
            return UetEndpoint.ActionPost;
        }

        if (path.StartsWith("/action/", StringComparison.Ordinal))
        {
            return UetEndpoint.Action;
        }

        if (path.SequenceEqual("/bat.js"))
        {
            return UetEndpoint.Library;
        }

        return path.StartsWith("/p/action/", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal)
            ? UetEndpoint.Config
            : UetEndpoint.None;
    }

    /// <summary>The tag id of <c>/p/action/&lt;ti&gt;.js</c>.</summary>
    public static string ConfigTagId(string url)
    {
        var path = UrlParts.Path(url);
        var name = path[(path.LastIndexOf('/') + 1)..];
        return WireStrings.Of(name[..^".js".Length]);
    }
}
