using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Google;

/// <summary>Cheap, allocation-free tests on Google URLs, for the decoders' <c>CanDecode</c>.</summary>
internal static class GoogleUrls
{
    /// <summary>True when <paramref name="host"/> is <c>google.&lt;tld&gt;</c> or <c>www.google.&lt;tld&gt;</c> (google.com, www.google.co.uk...).</summary>
    public static bool IsGoogleSearchHost(ReadOnlySpan<char> host)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        if (!host.StartsWith("google.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The public suffix after "google." is a ccTLD or a two-part one (co.uk, com.au): letters and dots only.
        var suffix = host[7..];
        if (suffix.IsEmpty || suffix.Length > 6 || suffix[0] == '.' || suffix[^1] == '.')
        {
            return false;
        }

        foreach (var c in suffix)
        {
            if (!char.IsAsciiLetter(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsHostOrSubdomain(ReadOnlySpan<char> host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase)
        || (host.Length > domain.Length && host[^(domain.Length + 1)] == '.' && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the query of <paramref name="url"/> has parameter <paramref name="name"/> with a value starting <paramref name="valuePrefix"/>.</summary>
    public static bool QueryHas(string url, string name, string valuePrefix)
    {
        var query = UrlParts.Query(url);
        while (!query.IsEmpty)
        {
            var end = query.IndexOf('&');
            var pair = end < 0 ? query : query[..end];
            query = end < 0 ? [] : query[(end + 1)..];
            if (pair.Length > name.Length && pair[name.Length] == '=' && pair.StartsWith(name, StringComparison.Ordinal)
                && pair[(name.Length + 1)..].StartsWith(valuePrefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
