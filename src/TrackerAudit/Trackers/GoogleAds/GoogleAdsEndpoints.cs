using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.GoogleAds;

/// <summary>Tells Google Ads URLs apart by host and path alone, with a glance at the query (no allocation).</summary>
internal static class GoogleAdsEndpoints
{
    public static GoogleAdsEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        var path = UrlParts.Path(url);
        if (host.Equals("googleads.g.doubleclick.net", StringComparison.OrdinalIgnoreCase))
        {
            if (HasAccount(path, "/pagead/viewthroughconversion/"))
            {
                return GoogleAdsEndpoints.HasLabel(url) ? GoogleAdsEndpoint.ConversionChain : GoogleAdsEndpoint.Remarketing;
            }

            return HasAccount(path, "/pagead/form-data/") ? GoogleAdsEndpoint.UserData : GoogleAdsEndpoint.None;
        }

        if (host.Equals("www.googleadservices.com", StringComparison.OrdinalIgnoreCase) || host.Equals("googleadservices.com", StringComparison.OrdinalIgnoreCase))
        {
            if (HasAccount(path, "/pagead/conversion/"))
            {
                return GoogleAdsEndpoint.Conversion;
            }

            return path is "/pagead/conversion_async.js" or "/pagead/conversion.js" ? GoogleAdsEndpoint.Library : GoogleAdsEndpoint.None;
        }

        if (host.Equals("td.doubleclick.net", StringComparison.OrdinalIgnoreCase))
        {
            return HasAccount(path, "/td/rul/") ? GoogleAdsEndpoint.ProtectedAudience : GoogleAdsEndpoint.None;
        }

        if (GoogleUrls.IsGoogleSearchHost(host))
        {
            return path switch
            {
                "/ccm/collect" => GoogleAdsEndpoint.Measurement,
                "/ccm/conversion" => GoogleAdsEndpoint.MeasurementConversion,
                "/ccm/form-data" => GoogleAdsEndpoint.UserData,
                _ when HasAccount(path, "/pagead/1p-user-list/") => GoogleAdsEndpoint.FirstPartyUserList,
                _ when HasAccount(path, "/pagead/1p-conversion/") => GoogleAdsEndpoint.FirstPartyConversion,
                _ when HasAccount(path, "/pagead/form-data/") => GoogleAdsEndpoint.UserData,
                _ => GoogleAdsEndpoint.None,
            };
        }

        if (host.Equals("www.googletagmanager.com", StringComparison.OrdinalIgnoreCase))
        {
            return path.Equals("/gtag/js", StringComparison.Ordinal) && GoogleUrls.QueryHas(url, "id", "AW-")
                ? GoogleAdsEndpoint.Library
                : GoogleAdsEndpoint.None;
        }

        return GoogleAdsEndpoint.None;
    }

    /// <summary>The account id in the path (<c>…/viewthroughconversion/10880958156/</c> gives <c>10880958156</c>); empty when there is none.</summary>
    public static ReadOnlySpan<char> Account(string url)
    {
        var path = UrlParts.Path(url).TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var last = path[(slash + 1)..];
        return last.IsEmpty || !IsDigits(last) ? [] : last;
    }

    private static bool HasLabel(string url) => GoogleUrls.QueryHas(url, "label", "");

    private static bool HasAccount(ReadOnlySpan<char> path, string prefix) =>
        path.Length > prefix.Length && path.StartsWith(prefix, StringComparison.Ordinal);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
