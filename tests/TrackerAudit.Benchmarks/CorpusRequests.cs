using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Every line of the corpus files (<c>*.jsonl</c> in the corpus folder), read at run time as captured requests:
/// method, URL, the headers the line kept and the body.
/// </summary>
internal static class CorpusRequests
{
    public static IReadOnlyList<CapturedRequest> Read(string folder)
    {
        var requests = new List<CapturedRequest>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    requests.Add(FromLine(line, requests.Count + 1, $"{Path.GetFileName(file)}:{number}"));
                }
            }
        }

        return requests;
    }

    private static CapturedRequest FromLine(string line, long id, string where)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var headers = new List<HttpHeader>();
        if (root.TryGetProperty("headers", out var headerObject) && headerObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headerObject.EnumerateObject())
            {
                headers.Add(new HttpHeader(header.Name.ToLowerInvariant(), header.Value.GetString() ?? ""));
            }
        }

        string? body = null;
        if (root.TryGetProperty("postData", out var postData) && postData.ValueKind == JsonValueKind.Object
            && postData.TryGetProperty("text", out var text))
        {
            body = text.GetString();
        }

        return new CapturedRequest
        {
            Id = id,
            Time = DateTimeOffset.UnixEpoch,
            Journey = "corpus",
            StepIndex = 0,
            StepName = where,
            ResourceType = "other",
            Method = root.GetProperty("method").GetString() ?? "GET",
            Url = root.GetProperty("url").GetString() ?? "",
            Headers = headers,
            BodyText = body,
            BodySize = body is null ? 0 : Encoding.UTF8.GetByteCount(body),
        };
    }
}
