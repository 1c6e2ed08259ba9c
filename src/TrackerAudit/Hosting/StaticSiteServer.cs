using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrackerAudit.Hosting;

/// <summary>
/// A small HTTP server on 127.0.0.1 that serves files held in memory: the bundled demo site, or
/// fixture pages in tests. Folder paths serve their <c>index.html</c>; POSTs go to registered handlers.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly Func<string, byte[]?> _readFile;
    private readonly IReadOnlyDictionary<string, RequestDelegate> _postHandlers;

    private StaticSiteServer(WebApplication app, Uri baseUrl, Func<string, byte[]?> readFile, IReadOnlyDictionary<string, RequestDelegate> postHandlers)
    {
        _app = app;
        _readFile = readFile;
        _postHandlers = postHandlers;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>; the port is chosen by the system.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts a server that answers GET and HEAD from <paramref name="readFile"/> and every POST with a small page.</summary>
    /// <param name="readFile">Returns a file's bytes for a path relative to the site root (<c>report/index.html</c>), or null when there is none.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<StaticSiteServer> StartAsync(Func<string, byte[]?> readFile, CancellationToken cancellationToken = default) =>
        StartAsync(readFile, new Dictionary<string, RequestDelegate>(), cancellationToken);

    /// <summary>Starts a server that answers GET and HEAD from <paramref name="readFile"/> and POSTs from <paramref name="postHandlers"/>.</summary>
    /// <param name="readFile">Returns a file's bytes for a path relative to the site root (<c>report/index.html</c>), or null when there is none.</param>
    /// <param name="postHandlers">Handlers by exact request path (<c>/report/submit</c>); other POSTs get a small "received" page.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<StaticSiteServer> StartAsync(
        Func<string, byte[]?> readFile,
        IReadOnlyDictionary<string, RequestDelegate> postHandlers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        ArgumentNullException.ThrowIfNull(postHandlers);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        // No client can know the port before StartAsync returns, so no request arrives before server is set.
        StaticSiteServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        var baseUrl = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        server = new StaticSiteServer(app, baseUrl, readFile, new Dictionary<string, RequestDelegate>(postHandlers, StringComparer.Ordinal));
        return server;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsPost(request.Method))
        {
            return _postHandlers.TryGetValue(request.Path.Value ?? "/", out var handler)
                ? handler(context)
                : WritePageAsync(context, StatusCodes.Status200OK, "Received", "The form was received by TrackerAudit's local test server and not stored.");
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return WritePageAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", "This server only answers GET, HEAD and POST.");
        }

        return ServeFileAsync(context);
    }

    private Task ServeFileAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var relative = path.TrimStart('/');
        if (relative.Split('/').Any(segment => segment is ".." or "."))
        {
            return NotFoundAsync(context);
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var bytes = _readFile(relative);
        if (bytes is null)
        {
            // Without the trailing slash, relative links in a folder's index page would resolve one level up.
            if (!path.EndsWith('/') && _readFile(relative + "/index.html") is not null)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = path + "/" + context.Request.QueryString.Value;
                return Task.CompletedTask;
            }

            return NotFoundAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentTypeOf(relative);
        context.Response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private static Task NotFoundAsync(HttpContext context) =>
        WritePageAsync(context, StatusCodes.Status404NotFound, "Not found", "There is no page at this address.");

    internal static string ContentTypeOf(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            return "application/octet-stream";
        }

        var isText = contentType.StartsWith("text/", StringComparison.Ordinal)
            || contentType is "application/javascript" or "text/javascript" or "application/json" or "image/svg+xml";
        return isText ? contentType + "; charset=utf-8" : contentType;
    }

    private static Task WritePageAsync(HttpContext context, int statusCode, string title, string message)
    {
        var encodedTitle = WebUtility.HtmlEncode(title);
        var html = $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{encodedTitle}</title></head>"
            + $"<body><h1>{encodedTitle}</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>\n";
        return WriteHtmlAsync(context, statusCode, Encoding.UTF8.GetBytes(html));
    }

    internal static Task WriteHtmlAsync(HttpContext context, int statusCode, byte[] html)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = html.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.Body.WriteAsync(html, context.RequestAborted).AsTask();
    }
}
