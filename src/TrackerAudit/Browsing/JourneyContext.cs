using Microsoft.Playwright;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Journeys;
using TrackerAudit.Running;

namespace TrackerAudit.Browsing;

/// <summary>
/// The browser context of one journey run: made fresh (its own cookies and storage, service workers blocked,
/// the archive recorded with <c>--archive</c>), with the journey's cookies and every route a run answers
/// locally (replayed archives, stand-ins, the block list).
/// </summary>
internal sealed class JourneyContext(AuditOptions options, ILogger logger)
{
    public const string ArchiveFolder = RunFolderLayout.ArchiveFolder;

    private const string BlockedPage =
        "<!doctype html><meta charset=utf-8><title>Blocked by TrackerAudit</title>"
        + "<h1>Blocked by TrackerAudit</h1><p>This request matched the journey's <code>block</code> list. It was recorded and answered here; it never left this machine.</p>";

    public async Task<IBrowserContext> CreateAsync(IBrowser browser, Journey journey)
    {
        var context = await browser.NewContextAsync(Options(journey)).ConfigureAwait(false);
        if (journey.Variation is { GlobalPrivacyControl: true })
        {
            await GlobalPrivacyControl.ApplyAsync(context).ConfigureAwait(false);
        }

        return context;
    }

    private BrowserNewContextOptions Options(Journey journey) => new()
    {
        // Requests a service worker makes would not pass the context's request events: block them so nothing escapes capture.
        ServiceWorkers = ServiceWorkerPolicy.Block,
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "en-GB",
        // Playwright writes the archive, response bodies included, when the context closes.
        RecordHarPath = options.Archive ? Path.Combine(options.RunFolder, ArchiveFolder, Slug.Unique(journey.Name) + ".har") : null,
        RecordHarContent = options.Archive ? HarContentPolicy.Embed : null,
        RecordHarMode = options.Archive ? HarMode.Full : null,
    };

    /// <summary>
    /// Puts the journey's cookies in, then the routes, in the order Playwright consults them backwards: what
    /// no archive answers (replay), the archives, the stand-ins, and last, so first, the journey's block list.
    /// </summary>
    public async Task RouteAsync(IBrowserContext context, Journey journey, RequestRecorder recorder)
    {
        if (journey.Cookies.Count > 0)
        {
            await context.AddCookiesAsync(Cookies(journey)).ConfigureAwait(false);
        }

        if (options.Replay.Count > 0)
        {
            // Registered first, so consulted last: what neither an archive nor a stand-in answers fails as it would offline.
            await context.RouteAsync("**/*", async route =>
            {
                recorder.MarkDisposition(route.Request, RequestDisposition.NotInArchive);
                logger.Debug("Not in the archive: {Method} {Url}", route.Request.Method, route.Request.Url);
                await AnswerAsync(route, unanswered => unanswered.AbortAsync("internetdisconnected")).ConfigureAwait(false);
            }).ConfigureAwait(false);

            // Later routes answer first: the first archive given wins, a request it lacks falls back to the next.
            foreach (var archive in options.Replay.Reverse())
            {
                await context.RouteFromHARAsync(archive.Path, new BrowserContextRouteFromHAROptions { NotFound = HarNotFound.Fallback }).ConfigureAwait(false);
            }
        }

        foreach (var standIn in options.StandIns)
        {
            await context.RouteAsync(standIn.Pattern, async route =>
            {
                recorder.MarkDisposition(route.Request, standIn.Disposition);
                await AnswerAsync(route, answered => answered.FulfillAsync(Response(standIn))).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        // Routes added later take precedence in Playwright: block patterns win over stand-ins.
        foreach (var pattern in journey.Block)
        {
            await context.RouteAsync(pattern, async route =>
            {
                recorder.MarkDisposition(route.Request, RequestDisposition.Blocked);
                logger.Information("Blocked {Method} {Url} (matches {Pattern})", route.Request.Method, route.Request.Url, pattern);
                await AnswerAsync(route, blocked => blocked.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = BlockedPage })).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        if (journey.Steps.Any(step => step is TypeCanariesStep))
        {
            await BlockOwnSubmitsAsync(context, journey, recorder).ConfigureAwait(false);
        }

        context.SetDefaultTimeout((float)options.StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)options.StepTimeout.TotalMilliseconds);
    }

    /// <summary>
    /// A journey that types canaries never sends a form: whatever the page itself sends to its own site other than
    /// GET or HEAD (a form submitted by a script, an XHR save) is answered here and marked blocked. Registered last, so
    /// consulted first; everything else falls back to the routes before it.
    /// </summary>
    private async Task BlockOwnSubmitsAsync(IBrowserContext context, Journey journey, RequestRecorder recorder)
    {
        var site = Uri.TryCreate(journey.Start, UriKind.Absolute, out var start) ? start : options.BaseUrl;
        await context.RouteAsync("**/*", async route =>
        {
            var request = route.Request;
            if (request.Method is "GET" or "HEAD" || site is null || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || !string.Equals(url.Host, site.Host, StringComparison.OrdinalIgnoreCase))
            {
                await AnswerAsync(route, passed => passed.FallbackAsync()).ConfigureAwait(false);
                return;
            }

            recorder.MarkDisposition(request, RequestDisposition.Blocked);
            logger.Information("Blocked the page's own {Method} {Url}: a scan types but never submits", request.Method, request.Url);
            await AnswerAsync(route, blocked => blocked.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = BlockedPage })).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The journey's cookies as Playwright takes them.</summary>
    public static IEnumerable<Cookie> Cookies(Journey journey) => journey.Cookies.Select(cookie => new Cookie
    {
        Name = cookie.Name,
        Value = cookie.Value,
        Domain = cookie.Domain,
        Path = cookie.Path,
        Secure = cookie.Secure,
        SameSite = Enum.Parse<SameSiteAttribute>(cookie.SameSite, ignoreCase: true),
    });

    private async Task AnswerAsync(IRoute route, Func<IRoute, Task> answer)
    {
        try
        {
            await answer(route).ConfigureAwait(false);
        }
        catch (PlaywrightException exception)
        {
            // A beacon sent as its page unloads can outlive the page: nothing to answer, and it was already captured.
            logger.Debug("Could not answer {Url} locally: {Reason}", route.Request.Url, exception.Message.Split('\n')[0]);
        }
    }

    /// <summary>The response a stand-in answers with.</summary>
    internal static RouteFulfillOptions Response(TrafficStandIn standIn) => standIn.Status == 204
        ? new RouteFulfillOptions { Status = 204 }
        : new RouteFulfillOptions { Status = standIn.Status, ContentType = standIn.ContentType, BodyBytes = standIn.Body() };
}
