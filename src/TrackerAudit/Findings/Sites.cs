using System.Net;

namespace TrackerAudit.Findings;

/// <summary>
/// Tells first-party from third-party hosts by their registrable domain. Without the full Public
/// Suffix List this knows the common two-part suffixes (<c>co.uk</c>, <c>police.uk</c>, <c>com.au</c>...),
/// which is what decides the cases audited here; an unknown suffix errs on the side of "third party".
/// </summary>
internal static class Sites
{
    private static readonly HashSet<string> SecondLevels = new(StringComparer.Ordinal)
    {
        "co", "com", "org", "net", "gov", "ac", "edu", "police", "nhs", "ltd", "plc", "sch", "mod", "govt", "nic", "or", "ne", "go",
    };

    public static string SiteOf(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out _) || !host.Contains('.', StringComparison.Ordinal))
        {
            return host;
        }

        var labels = host.Split('.');
        var take = labels.Length >= 3 && labels[^1].Length == 2 && SecondLevels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^Math.Min(take, labels.Length)..]);
    }

    public static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    public static bool IsThirdParty(string url, string firstPartySite)
    {
        var host = HostOf(url);
        return host is not null && !string.Equals(SiteOf(host), firstPartySite, StringComparison.Ordinal);
    }
}
