using System.Collections.Concurrent;
using System.Net;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Tells first-party from third-party hosts by their registrable domain under the Public Suffix List
/// (<see cref="PublicSuffixList"/>, private section included, as browsers do: <c>a.github.io</c> and
/// <c>b.github.io</c> are two sites). An IP address, a single-label host and a host that is itself a public
/// suffix are each their own site.
/// </summary>
internal static class Sites
{
    // A run asks for the same few hundred hosts again and again (every request is checked): answers are kept, up to a
    // bound, so that a capture of many distinct hosts cannot grow the cache without end.
    private const int CacheLimit = 16_384;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    public static string SiteOf(string host)
    {
        if (Cache.TryGetValue(host, out var site))
        {
            return site;
        }

        site = Compute(host);
        if (Volatile.Read(ref _cached) < CacheLimit && Cache.TryAdd(host, site))
        {
            Interlocked.Increment(ref _cached);
        }

        return site;
    }

    private static string Compute(string host)
    {
        var name = host.EndsWith('.') ? host.TrimEnd('.') : host;
        if (name.Length == 0 || IsIpAddress(name) || !name.Contains('.', StringComparison.Ordinal))
        {
            return name.ToLowerInvariant();
        }

        return BuiltInLists.PublicSuffixes.RegistrableDomain(name)
            ?? PublicSuffixList.Normalise(name)
            ?? name.ToLowerInvariant();
    }

    public static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    public static bool IsThirdParty(string url, string firstPartySite)
    {
        var host = HostOf(url);
        return host is not null && !string.Equals(SiteOf(host), firstPartySite, StringComparison.Ordinal);
    }

    // A domain name's last label is never all digits and never holds ':', so most hosts skip the parse.
    private static bool IsIpAddress(string host) =>
        (char.IsAsciiDigit(host[^1]) || host.Contains(':', StringComparison.Ordinal) || host[0] == '[')
        && IPAddress.TryParse(host.Trim('[', ']'), out _);
}
