using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>Tells Snap's endpoints apart by host and path, without allocating (every captured request is asked).</summary>
internal static class SnapEndpoints
{
    public static SnapEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        if (host.Equals("sc-static.net", StringComparison.OrdinalIgnoreCase))
        {
            return UrlParts.Path(url).EndsWith("/scevent.min.js", StringComparison.Ordinal) ? SnapEndpoint.Library : SnapEndpoint.None;
        }

        if (!IsTrackingHost(host))
        {
            return SnapEndpoint.None;
        }

        var path = UrlParts.Path(url).TrimEnd('/');
        return path switch
        {
            "/p" => SnapEndpoint.Event,
            "/cm/i" => SnapEndpoint.CookieMatch,
            _ when path.StartsWith("/cm/", StringComparison.Ordinal) => SnapEndpoint.PartnerSync,
            _ when path.StartsWith("/config/", StringComparison.Ordinal) || path.SequenceEqual("/collector/is_enabled") => SnapEndpoint.Config,
            _ => SnapEndpoint.None,
        };
    }

    // tr.snapchat.com and its numbered shards (tr6.snapchat.com), reference section 1.0 "Regional and ccTLD hosts".
    private static bool IsTrackingHost(ReadOnlySpan<char> host)
    {
        const string Domain = ".snapchat.com";
        if (!host.EndsWith(Domain, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var label = host[..^Domain.Length];
        if (label.Length < 2 || !label.StartsWith("tr", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in label[2..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last path segment without its extension (<c>/config/com/&lt;pid&gt;.json</c> gives the pixel id).</summary>
    public static string LastSegmentWithoutExtension(string url)
    {
        var path = UrlParts.Path(url).TrimEnd('/');
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var dot = segment.LastIndexOf('.');
        return WireStrings.Of(dot > 0 ? segment[..dot] : segment);
    }
}
