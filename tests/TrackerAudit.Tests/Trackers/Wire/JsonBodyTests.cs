using System.IO.Compression;
using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class JsonBodyTests
{
    private const string Json = """{"event":"Pageview","context":{"page":{"url":"https://example.org/"}},"pids":[7,8]}""";

    [Test]
    public void Flattens_a_whole_document_with_paths_from_its_root()
    {
        var leaves = new List<KeyValuePair<string, string>>();

        var problem = JsonBody.Flatten(Json, leaves);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(leaves, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("event", "Pageview"),
                new("context.page.url", "https://example.org/"),
                new("pids[0]", "7"),
                new("pids[1]", "8"),
            }));
        });
    }

    [TestCase("JSON")]
    [TestCase("base64 of gzip")]
    [TestCase("base64 of JSON")]
    public void Reads_json_however_it_was_wrapped_as_text(string wrapping)
    {
        var text = wrapping switch
        {
            "JSON" => Json,
            "base64 of gzip" => Convert.ToBase64String(Gzip(Json)),
            _ => Convert.ToBase64String(Encoding.UTF8.GetBytes(Json)),
        };
        var warnings = new List<string>();

        var json = JsonBody.Text(Requests.Post("https://tracker.example/", "text/plain", text), warnings, out var found);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(Json));
            Assert.That(found, Is.EqualTo(wrapping));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Reads_json_sent_as_gzip_bytes()
    {
        var warnings = new List<string>();

        var json = JsonBody.Text(Requests.PostBytes("https://tracker.example/", "application/octet-stream", Gzip(Json)), warnings, out var found);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(Json));
            Assert.That(found, Is.EqualTo("gzip"));
        });
    }

    [TestCase("id=1&ev=PageView")]
    [TestCase("H4sI!!!")]
    [TestCase("ey!!not base64")]
    public void Warns_about_a_body_that_holds_no_json(string text)
    {
        var warnings = new List<string>();

        var json = JsonBody.Text(Requests.Post("https://tracker.example/", "text/plain", text), warnings, out _);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.Null);
            Assert.That(warnings, Has.Count.GreaterThanOrEqualTo(1));
        });
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
