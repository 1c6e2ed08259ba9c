using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Hosting;

namespace TrackerAudit.Demo;

/// <summary>
/// The bundled demo: a replica of a (fictional) police force's online crime-reporting site that runs
/// the Meta Pixel, the Google tag (GA4) and the TikTok Pixel, our replicas of those libraries, and the
/// journeys that walk through the site.
/// </summary>
public static class DemoSite
{
    /// <summary>The fictional pixel id every demo page initialises.</summary>
    public const string PixelId = "987654321012345";

    /// <summary>Requests for Meta's library; route them to <see cref="ReadTrackerScript"/>.</summary>
    public const string TrackerScriptUrlPattern = "https://connect.facebook.net/**";

    /// <summary>Requests carrying pixel events; answer them locally with <see cref="ReadBeaconResponse"/>.</summary>
    public const string BeaconUrlPattern = "https://www.facebook.com/**";

    /// <summary>The fictional GA4 measurement id every demo page configures.</summary>
    public const string Ga4MeasurementId = "G-N0RTHSH1RE";

    /// <summary>The fictional TikTok pixel code every demo page loads.</summary>
    public const string TikTokPixelCode = "CDEMO0NORTHSHIRE0TTQ";

    /// <summary>Requests for the Google tag; route them to <see cref="ReadGoogleTagScript"/>.</summary>
    public const string GoogleTagScriptUrlPattern = "https://www.googletagmanager.com/**";

    /// <summary>GA4's collection endpoint (the region1 host the replica sends to); answer it with 204.</summary>
    public const string Ga4CollectUrlPattern = "https://region1.google-analytics.com/**";

    /// <summary>TikTok's host: the pixel endpoints, answered with TikTok's JSON acknowledgement.</summary>
    public const string TikTokUrlPattern = "https://analytics.tiktok.com/**";

    /// <summary>TikTok's library, on the same host; route it to <see cref="ReadTikTokScript"/> (after <see cref="TikTokUrlPattern"/>, so it wins).</summary>
    public const string TikTokScriptUrlPattern = "https://analytics.tiktok.com/i18n/pixel/**";

    /// <summary>The path of the sexual-assault report form's final submit, which demo journeys block.</summary>
    public const string SubmitPath = "/report/rape-sexual-assault/submit";

    private const string FormFolder = "/report/rape-sexual-assault/";

    // A transparent 1x1 GIF, what Meta's endpoint answers to image requests.
    private static readonly byte[] TransparentGif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>Starts the demo site, pixel included, on 127.0.0.1 and a free port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<StaticSiteServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(new DemoSiteOptions(), cancellationToken);

    /// <summary>Starts a variant of the demo site on 127.0.0.1 and a free port.</summary>
    /// <param name="options">Which variant to serve.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<StaticSiteServer> StartAsync(DemoSiteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = new Dictionary<string, RequestDelegate>(StringComparer.Ordinal)
        {
            // The form's steps post to the next step, which answers like most real forms: see the page with GET.
            [FormFolder + "when/"] = SeeOtherAsync,
            [FormFolder + "where/"] = SeeOtherAsync,
            [FormFolder + "check/"] = SeeOtherAsync,
            [SubmitPath] = context => StaticSiteServer.WriteHtmlAsync(
                context, StatusCodes.Status200OK, DemoSiteFiles.ReadPage("report/rape-sexual-assault/received.html", options)!),
        };
        return StaticSiteServer.StartAsync(path => DemoSiteFiles.ReadPage(path, options), handlers, cancellationToken);
    }

    /// <summary>The replica of Meta's <c>fbevents.js</c> to serve for <see cref="TrackerScriptUrlPattern"/>.</summary>
    public static byte[] ReadTrackerScript() => [.. DemoSiteFiles.SiteFiles[DemoSiteFiles.TrackerScriptPath]];

    /// <summary>The replica of the Google tag (<c>gtag.js</c>) to serve for <see cref="GoogleTagScriptUrlPattern"/>.</summary>
    public static byte[] ReadGoogleTagScript() => [.. DemoSiteFiles.SiteFiles[DemoSiteFiles.GoogleTagScriptPath]];

    /// <summary>The replica of TikTok's <c>events.js</c> to serve for <see cref="TikTokScriptUrlPattern"/>.</summary>
    public static byte[] ReadTikTokScript() => [.. DemoSiteFiles.SiteFiles[DemoSiteFiles.TikTokScriptPath]];

    /// <summary>What TikTok's endpoints answer a beacon with.</summary>
    public static byte[] ReadTikTokResponse() => "{\"code\":0,\"message\":\"OK\"}"u8.ToArray();

    /// <summary>The body to answer <see cref="BeaconUrlPattern"/> with: a transparent 1x1 GIF.</summary>
    public static byte[] ReadBeaconResponse() => [.. TransparentGif];

    /// <summary>The demo journeys, by file name (e.g. <c>report-sexual-assault.yaml</c>), in name order.</summary>
    public static IReadOnlyList<(string Name, string Yaml)> Journeys() =>
        [.. DemoSiteFiles.Journeys
            .OrderBy(file => file.Key, StringComparer.Ordinal)
            .Select(file => (file.Key, Encoding.UTF8.GetString(file.Value)))];

    private static Task SeeOtherAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = context.Request.Path.Value;
        return Task.CompletedTask;
    }
}
