using System.Text.Json;
using Serilog.Core;
using TrackerAudit.Imports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>
/// Every line of the shared corpus (/work/shared/corpus/edtech-tracker-requests.jsonl: 33 real tracker requests
/// from The Markup's HAR files, 10 of them Meta Pixel's) put back into a HAR built in a temporary folder.
/// </summary>
public sealed class CorpusHarTests
{
    private TempFolder _folder = null!;
    private string _corpus = null!;

    [SetUp]
    public void FindCorpus()
    {
        var corpus = RepoPaths.Shared is { } shared ? Path.Combine(shared, "corpus", "edtech-tracker-requests.jsonl") : null;
        if (corpus is null || !File.Exists(corpus))
        {
            Assert.Ignore("Shared corpus not found (expected ../shared/corpus/edtech-tracker-requests.jsonl next to the repository); skipped.");
        }

        _corpus = corpus;
        _folder = new TempFolder();
    }

    [TearDown]
    public void DeleteFolder() => _folder?.Dispose();

    [Test]
    public void Every_corpus_request_in_a_HAR_decodes_as_the_request_itself_does()
    {
        var lines = File.ReadAllLines(_corpus).Where(line => line.Length > 0).ToList();
        var har = Path.Combine(_folder.Path, "corpus.har");
        WriteHar(lines, har);

        var run = DecodeRun.Decode(HarInput.Open(har), 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None);

        var direct = lines.Select((line, index) => Requests.FromCorpusLine(line) with { Id = index + 1 }).ToList();
        var expected = TrackerDecoding.Decode(direct, TrackerRegistry.Catalogue(), Logger.None);
        Assert.That(run.Requests, Has.Count.EqualTo(lines.Count));
        Assert.That(run.TrackerRequests.Count(decoded => decoded.TrackerId == "meta-pixel" && !decoded.Undecoded), Is.EqualTo(10));
        Assert.That(Describe(run.TrackerRequests), Is.EqualTo(Describe(expected)));
        Assert.That(run.Findings.Select(finding => finding.AccountId), Does.Contain("660763031035814"), "line 2, the KIDS LOGIN click");
    }

    private static List<string> Describe(IReadOnlyList<DecodedRequest> decoded) =>
        decoded.SelectMany(request => request.Events.Select(e =>
            $"{request.RequestId} {e.AccountId} {e.Name} " + string.Join(" | ", e.Fields.Select(field => $"{field.Path}={field.Value}"))))
        .ToList();

    // As Chrome writes it: headers as name/value pairs, the body in postData.
    private static void WriteHar(List<string> lines, string path)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartObject("log");
        writer.WriteString("version", "1.2");
        writer.WriteStartObject("creator");
        writer.WriteString("name", "WebInspector");
        writer.WriteString("version", "537.36");
        writer.WriteEndObject();
        writer.WriteStartArray("pages");
        writer.WriteEndArray();
        writer.WriteStartArray("entries");
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            writer.WriteStartObject();
            writer.WriteString("startedDateTime", root.GetProperty("startedDateTime").GetString());
            writer.WriteNumber("time", 0);
            writer.WriteStartObject("request");
            writer.WriteString("method", root.GetProperty("method").GetString());
            writer.WriteString("url", root.GetProperty("url").GetString());
            writer.WriteString("httpVersion", "http/2.0");
            writer.WriteStartArray("headers");
            foreach (var header in root.GetProperty("headers").EnumerateObject())
            {
                writer.WriteStartObject();
                writer.WriteString("name", header.Name);
                writer.WriteString("value", header.Value.GetString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("queryString");
            writer.WriteEndArray();
            writer.WriteStartArray("cookies");
            writer.WriteEndArray();
            writer.WriteNumber("headersSize", -1);
            writer.WriteNumber("bodySize", -1);
            if (root.GetProperty("postData") is { ValueKind: JsonValueKind.Object } postData)
            {
                writer.WritePropertyName("postData");
                postData.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("response");
            writer.WriteNumber("status", 200);
            writer.WriteEndObject();
            writer.WriteStartObject("timings");
            writer.WriteNumber("send", 0);
            writer.WriteNumber("wait", 0);
            writer.WriteNumber("receive", 0);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
