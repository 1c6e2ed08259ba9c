using System.Text.Encodings.Web;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// A file of generated Meta Pixel requests, one JSON object a line (<see cref="MetaWireRequest"/>). Made once
/// per size in the work folder and reused by later runs.
/// </summary>
internal static class MetaRequestFile
{
    private const int Version = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Ensure(string workFolder, string corpus, int count)
    {
        var path = Path.Combine(workFolder, $"meta-requests-{count}-v{Version}.jsonl");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(workFolder);
        var factory = MetaRequestFactory.FromCorpus(corpus);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            for (var n = 0; n < count; n++)
            {
                writer.WriteLine(JsonSerializer.Serialize(factory.Create(n), Json));
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Reads the file in batches of captured requests, numbered from 1.</summary>
    public static IEnumerable<List<CapturedRequest>> ReadBatches(string path, int batchSize)
    {
        var batch = new List<CapturedRequest>(batchSize);
        var id = 0L;
        foreach (var line in File.ReadLines(path))
        {
            batch.Add(ToCaptured(JsonSerializer.Deserialize<MetaWireRequest>(line, Json)!, ++id));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<CapturedRequest>(batchSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static CapturedRequest ToCaptured(MetaWireRequest wire, long id)
    {
        var headers = new List<HttpHeader>(4) { new("referer", wire.Referer) };
        if (wire.ContentType is not null)
        {
            headers.Add(new("content-type", wire.ContentType));
        }

        if (wire.Cookie is not null)
        {
            headers.Add(new("cookie", wire.Cookie));
        }

        return new CapturedRequest
        {
            Id = id,
            Time = DateTimeOffset.UnixEpoch.AddSeconds(id),
            Journey = "bench",
            StepIndex = 0,
            StepName = "bench",
            PageUrl = wire.Referer,
            ResourceType = wire.ResourceType,
            Method = wire.Method,
            Url = wire.Url,
            Headers = headers,
            BodyText = wire.Body,
            BodySize = wire.Body?.Length ?? 0,
        };
    }
}
