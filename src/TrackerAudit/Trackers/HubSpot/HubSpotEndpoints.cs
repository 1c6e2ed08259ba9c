using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.HubSpot;

/// <summary>Tells HubSpot's endpoints apart by host and path (reference sections 1.0 and 1.12), without allocating.</summary>
internal static class HubSpotEndpoints
{
    public static HubSpotEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (IsRegional(host, "track", ".hubspot.com"))
        {
            return path switch
            {
                "/__ptq.gif" => HubSpotEndpoint.PageView,
                "/__ptbe.gif" => HubSpotEndpoint.BehaviouralEvent,
                "/__ptc.gif" => HubSpotEndpoint.Click,
                _ => HubSpotEndpoint.None,
            };
        }

        if (IsRegional(host, "forms", ".hscollectedforms.net") || host.Equals("forms.hubspot.com", StringComparison.OrdinalIgnoreCase))
        {
            return path.TrimEnd('/') switch
            {
                "/collected-forms/submit/form" => HubSpotEndpoint.CollectedForm,
                "/collected-forms/v1/config/json" => HubSpotEndpoint.Config,
                _ => HubSpotEndpoint.None,
            };
        }

        var isLibrary = (host.Equals("js.hs-scripts.com", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".js", StringComparison.Ordinal))
            || (host.Equals("js.hs-analytics.net", StringComparison.OrdinalIgnoreCase) && path.StartsWith("/analytics/", StringComparison.Ordinal))
            || (host.Equals("js.hscollectedforms.net", StringComparison.OrdinalIgnoreCase) && path.SequenceEqual("/collectedforms.js"));
        return isLibrary ? HubSpotEndpoint.Library : HubSpotEndpoint.None;
    }

    /// <summary>The hub id in a loader's file name: <c>js.hs-scripts.com/&lt;hub&gt;.js</c>, <c>…/analytics/&lt;ts&gt;/&lt;hub&gt;.js</c>.</summary>
    public static string? LoaderHubId(string url)
    {
        var path = UrlParts.Path(url);
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.');
        var stem = dot < 0 ? name : name[..dot];
        foreach (var c in stem)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return stem.IsEmpty ? null : WireStrings.Of(stem);
    }

    // track.hubspot.com or track-<region>.hubspot.com (track-eu1...).
    private static bool IsRegional(ReadOnlySpan<char> host, string prefix, string domain)
    {
        if (!host.EndsWith(domain, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var label = host[..^domain.Length];
        if (!label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var region = label[prefix.Length..];
        return region.IsEmpty || (region.Length > 1 && region[0] == '-' && !region[1..].ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789"));
    }
}
