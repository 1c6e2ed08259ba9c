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

    private const string CookieBanner = """
          <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this site">
            <div class="container">
              <p><strong>Cookies on this site.</strong> We use cookies that the site needs to work and, if you agree,
                advertising cookies from Meta to measure our campaigns.</p>
              <p class="cookie-buttons">
                <button type="button" id="cookies-accept" class="cookie-button">Accept all</button>
                <button type="button" id="cookies-reject" class="cookie-button">Reject all</button>
              </p>
            </div>
          </div>
        """;

    private static readonly Assembly Assembly = typeof(DemoSiteFiles).Assembly;
    private static readonly Lazy<FrozenDictionary<string, byte[]>> Site = new(() => ReadAll(SitePrefix));
    private static readonly Lazy<FrozenDictionary<string, byte[]>> JourneyFiles = new(() => ReadAll(JourneyPrefix));

    internal static IReadOnlyDictionary<string, byte[]> SiteFiles => Site.Value;

    internal static IReadOnlyDictionary<string, byte[]> Journeys => JourneyFiles.Value;

    /// <summary>A file as the site serves it; the tracker replica is not part of the site.</summary>
    internal static byte[]? ReadPage(string relativePath, DemoSiteOptions options)
    {
        if (relativePath.StartsWith(ReplicaFolder, StringComparison.Ordinal) || !Site.Value.TryGetValue(relativePath, out var bytes))
        {
            return null;
        }

        return relativePath.EndsWith(".html", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(Page(Encoding.UTF8.GetString(bytes), options)) : bytes;
    }

    // Every page gets the cookie banner and its script in one place, here, rather than in each file.
    private static string Page(string html, DemoSiteOptions options)
    {
        var respect = options.RespectRefusal ? "true" : "false";
        html = html.Replace("<body>", "<body>\n" + CookieBanner, StringComparison.Ordinal)
            .Replace("<!-- Meta Pixel Code -->", $"<script src=\"/assets/consent.js\" data-respect-refusal=\"{respect}\"></script>\n<!-- Meta Pixel Code -->", StringComparison.Ordinal);
        if (!options.IncludePixel)
        {
            return PixelCode().Replace(html, string.Empty);
        }

        // As sites are told to: a refusal given on an earlier page revokes the pixel's consent before it starts.
        return options.RespectRefusal
            ? html.Replace("fbq('init',", "if (/(?:^|;\\s*)np_consent=rejected/.test(document.cookie)) fbq('consent', 'revoke');\nfbq('init',", StringComparison.Ordinal)
            : html;
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

    // Meta's base code is wrapped in these comments on every page, as Meta tells sites to paste it.
    [GeneratedRegex(@"[ \t]*<!-- Meta Pixel Code -->.*?<!-- End Meta Pixel Code -->\r?\n?", RegexOptions.Singleline)]
    private static partial Regex PixelCode();
}
