using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Findings.Matching;

namespace TrackerAudit.Scanning;

/// <summary>
/// Chooses which links of a page a scan follows: same-site pages only, those whose text or URL names a
/// sensitive word first, each group in an order fixed by the seed. The order depends on the seed and the
/// URLs alone (not on where a link sits in the page), so the same seed visits the same pages again.
/// </summary>
internal static class LinkChoice
{
    private static readonly string[] NotPages = [".pdf", ".zip", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".mp4", ".mp3", ".doc", ".docx", ".xls", ".xlsx", ".csv"];

    public static IReadOnlyList<ChosenLink> Choose(IEnumerable<(string Href, string Text)> links, Uri page, IReadOnlyList<string> sensitive, int count, int seed)
    {
        var matcher = new SensitiveWordMatcher(sensitive);
        var here = WithoutFragment(page);
        var candidates = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (href, text) in links)
        {
            if (!Uri.TryCreate(page, href, out var target) || target.Scheme is not ("http" or "https") || !SameSite(target, page))
                continue;

            var url = WithoutFragment(target);
            if (url == here || NotPages.Any(extension => target.AbsolutePath.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                continue;

            var named = matcher.FindIn(text).Count > 0 || matcher.FindIn(url).Count > 0;
            candidates[url] = candidates.GetValueOrDefault(url) || named;
        }

        return candidates
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => Rank(seed, pair.Key), StringComparer.Ordinal)
            .Take(count)
            .Select(pair => new ChosenLink(pair.Key, pair.Value))
            .ToList();
    }

    private static string Rank(int seed, string url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed.ToString(CultureInfo.InvariantCulture) + "\n" + url)));

    private static string WithoutFragment(Uri uri) => new UriBuilder(uri) { Fragment = "" }.Uri.AbsoluteUri;

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(HostWithoutWww(a), HostWithoutWww(b), StringComparison.OrdinalIgnoreCase) && (a.Port == b.Port || (a.IsDefaultPort && b.IsDefaultPort));

    private static string HostWithoutWww(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
}
