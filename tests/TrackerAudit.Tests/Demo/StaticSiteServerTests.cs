using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Hosting;

namespace TrackerAudit.Tests.Demo;

public sealed class StaticSiteServerTests
{
    private static readonly Dictionary<string, byte[]> Files = new(StringComparer.Ordinal)
    {
        ["index.html"] = Encoding.UTF8.GetBytes("<title>Root</title>"),
        ["folder/index.html"] = Encoding.UTF8.GetBytes("<title>Folder</title>"),
        ["assets/site.css"] = Encoding.UTF8.GetBytes("body { color: red; }"),
        ["assets/app.js"] = Encoding.UTF8.GetBytes("var x = 1;"),
        ["assets/logo.png"] = [0x89, 0x50, 0x4E, 0x47],
    };

    private StaticSiteServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var handlers = new Dictionary<string, RequestDelegate>
        {
            ["/form"] = context => context.Response.WriteAsync("handled " + context.Request.Form["field"]),
        };
        _server = await StaticSiteServer.StartAsync(path => Files.GetValueOrDefault(path), handlers);
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseUrl };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [Test]
    public void Binds_to_loopback_on_a_port_chosen_by_the_system()
    {
        Assert.That(_server.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(_server.BaseUrl.Port, Is.GreaterThan(0));
        Assert.That(_server.BaseUrl.AbsolutePath, Is.EqualTo("/"));
    }

    [TestCase("/", "<title>Root</title>")]
    [TestCase("/folder/", "<title>Folder</title>")]
    [TestCase("/folder/index.html", "<title>Folder</title>")]
    public async Task Serves_index_html_for_folders(string path, string expected)
    {
        var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(expected));
    }

    [TestCase("/", "text/html; charset=utf-8")]
    [TestCase("/assets/site.css", "text/css; charset=utf-8")]
    [TestCase("/assets/app.js", "text/javascript; charset=utf-8")]
    [TestCase("/assets/logo.png", "image/png")]
    public async Task Sets_the_content_type_from_the_extension(string path, string expected)
    {
        var response = await _client.GetAsync(path);
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Redirects_a_folder_without_its_slash_keeping_the_query()
    {
        var response = await _client.GetAsync("/folder?a=1");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/folder/?a=1"));
    }

    [TestCase("/missing.html")]
    [TestCase("/missing/")]
    [TestCase("/%2e%2e/secret")]
    public async Task Answers_404_for_anything_else(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Sends_a_POST_to_its_registered_handler()
    {
        var response = await _client.PostAsync("/form", new FormUrlEncodedContent([new("field", "value")]));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("handled value"));
    }

    [Test]
    public async Task Answers_an_unregistered_POST_with_a_small_page()
    {
        var response = await _client.PostAsync("/elsewhere", new StringContent("x"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>Received</title>"));
    }

    [Test]
    public async Task Stops_answering_once_disposed()
    {
        var server = await StaticSiteServer.StartAsync(path => Files.GetValueOrDefault(path));
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        Assert.That((await client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await server.DisposeAsync();

        Assert.That(() => client.GetAsync("/"), Throws.InstanceOf<HttpRequestException>());
    }
}
