using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace TrackerAudit.Demo;

/// <summary>The demo site and journeys embedded in the assembly, read once.</summary>
internal static partial class DemoSiteFiles
{
    internal const string SitePrefix = "TrackerAudit.Demo.Site/";
    internal const string JourneyPrefix = "TrackerAudit.Demo.Journeys/";
    internal const string ReplicaFolder = "_replica/";
    internal const string TrackerScriptPath = ReplicaFolder + "fbevents.js";
    internal const string GoogleTagScriptPath = ReplicaFolder + "gtag.js";
    internal const string TikTokScriptPath = ReplicaFolder + "tiktok-events.js";
    internal const string LayoutPath = "_layout/page.html";

    private static readonly Assembly Assembly = typeof(DemoSiteFiles).Assembly;
    private static readonly Lazy<FrozenDictionary<string, byte[]>> Site = new(() => ReadAll(SitePrefix));
    private static readonly Lazy<FrozenDictionary<string, byte[]>> JourneyFiles = new(() => ReadAll(JourneyPrefix));

    internal static IReadOnlyDictionary<string, byte[]> SiteFiles => Site.Value;

    internal static IReadOnlyDictionary<string, byte[]> Journeys => JourneyFiles.Value;

    /// <summary>
    /// A file as the site serves it: a page put into the layout, or an asset as it is. Folders starting with _
    /// (the layout, the tracker replica) are not part of the site.
    /// </summary>
    internal static byte[]? ReadPage(string relativePath, DemoSiteOptions options)
    {
        if (relativePath.StartsWith('_') || !Site.Value.TryGetValue(relativePath, out var bytes))
        {
            return null;
        }

        if (!relativePath.EndsWith(".html", StringComparison.Ordinal))
        {
            return bytes;
        }

        var html = DemoPages.Compose(Encoding.UTF8.GetString(Site.Value[LayoutPath]), Encoding.UTF8.GetString(bytes), relativePath, options);
        return Encoding.UTF8.GetBytes(options.IncludeTrackers ? html : TrackerCode().Replace(html, string.Empty));
    }

    private static FrozenDictionary<string, byte[]> ReadAll(string prefix)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            // %(RecursiveDir) carries the build machine's separator.
            files[name[prefix.Length..].Replace('\\', '/')] = buffer.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Each tracker's base code is wrapped in comments on every page, as Meta tells sites to paste its pixel.
    [GeneratedRegex(@"[ \t]*<!-- (?<tracker>Meta Pixel|Google Tag|TikTok Pixel) Code -->.*?<!-- End \k<tracker> Code -->\r?\n?", RegexOptions.Singleline)]
    private static partial Regex TrackerCode();
}
