using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Hosting;

namespace TrackerAudit.Tests.Support;

/// <summary>A site of in-memory pages on 127.0.0.1 for one test, recording every POST it receives.</summary>
internal sealed class FixtureSite : IAsyncDisposable
{
    private readonly StaticSiteServer _server;

    private readonly IReadOnlyDictionary<string, TaskCompletionSource> _firstPosts;

    private FixtureSite(StaticSiteServer server, ConcurrentQueue<string> posts, IReadOnlyDictionary<string, TaskCompletionSource> firstPosts)
    {
        _server = server;
        Posts = posts;
        _firstPosts = firstPosts;
    }

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Paths of the POSTs that reached the server.</summary>
    public ConcurrentQueue<string> Posts { get; }

    public static async Task<FixtureSite> StartAsync(IReadOnlyDictionary<string, string> pages, params string[] postPaths)
    {
        var posts = new ConcurrentQueue<string>();
        var firstPosts = postPaths.ToDictionary(path => path, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var handlers = postPaths.ToDictionary(path => path, path => (RequestDelegate)(async context =>
        {
            posts.Enqueue(path);
            firstPosts[path].TrySetResult();
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!doctype html><title>Received</title><p id=received>received</p>");
        }));
        var server = await StaticSiteServer.StartAsync(
            path => pages.TryGetValue(path, out var page) ? Encoding.UTF8.GetBytes(page) : null,
            handlers);
        return new FixtureSite(server, posts, firstPosts);
    }

    /// <summary>Completes when the first POST to <paramref name="path"/> arrives; fails after a generous timeout.</summary>
    public Task WaitForPostAsync(string path) => _firstPosts[path].Task.WaitAsync(TimeSpan.FromMinutes(1));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
