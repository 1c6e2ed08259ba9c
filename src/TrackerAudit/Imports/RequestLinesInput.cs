using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// A file of requests one JSON object a line (<c>.jsonl</c>, <c>.ndjson</c>), shaped like a HAR entry's request:
/// <c>method</c>, <c>url</c>, <c>headers</c> (an object of names to values, or HAR's list of name and value),
/// <c>postData</c> (<c>text</c>, optionally <c>encoding: base64</c>), <c>startedDateTime</c>, and optionally
/// <c>source</c> and <c>pageUrl</c>. Journalists' request collections (the shared corpus among them) come like this.
/// </summary>
internal static class RequestLinesInput
{
    private const string Kind = "request file (one JSON request a line)";

    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hashes the file and reads its first request for the start page; throws <see cref="HarFormatException"/> when even that fails.</summary>
    public static DecodeInput Open(string path)
    {
        var journey = Path.GetFileName(path);
        string sha256;
        using (var stream = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var first = Read(path, journey, 1).FirstOrDefault();
        var startUrl = first is null ? "" : first.Header("referer") is { } referer && WebUrls.IsWebUrl(referer) ? referer : first.Url;
        return new DecodeInput(journey, path, sha256, startUrl, firstId => Read(path, journey, firstId));
    }

    public static IEnumerable<CapturedRequest> Read(string path, string journey, long firstId)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var id = firstId;
        long offset = 0;
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var at = new HarPosition(offset, number, 1);
            offset += Encoding.UTF8.GetByteCount(line) + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Request(line, id++, journey, path, at);
        }
    }

    private static CapturedRequest Request(string line, long id, string journey, string file, HarPosition at)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HarFormatException(file, at, $"expected a request object, found {root.ValueKind}", Kind);
            }

            var url = Text(root, "url");
            if (url is null || !WebUrls.IsWebUrl(url))
            {
                throw new HarFormatException(file, at, "the request has no absolute http(s) 'url'", Kind);
            }

            var headers = Headers(root);
            var (bodyText, bodyBase64, bodySize) = Body(root);
            var source = Text(root, "source");
            return new CapturedRequest
            {
                Id = id,
                Time = Time(root),
                Journey = journey,
                StepIndex = 0,
                StepName = source ?? "capture",
                // The page that sent a beacon is what its Referer names, unless the line says otherwise.
                PageUrl = Text(root, "pageUrl") ?? headers.FirstOrDefault(header => header.Name == "referer")?.Value,
                ResourceType = Text(root, "_resourceType") ?? Text(root, "resourceType") ?? "other",
                Method = (Text(root, "method") ?? "GET").ToUpperInvariant(),
                Url = url,
                Headers = headers,
                BodyText = bodyText,
                BodyBase64 = bodyBase64,
                BodySize = bodySize,
            };
        }
        catch (FormatException)
        {
            throw new HarFormatException(file, at, "postData.text says base64 but is not", Kind);
        }
        catch (JsonException exception)
        {
            throw new HarFormatException(file, at with { Column = (exception.BytePositionInLine ?? 0) + 1 }, exception.Message.Split(" LineNumber:")[0], Kind);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<HttpHeader> Headers(JsonElement root)
    {
        var headers = new List<HttpHeader>();
        if (!root.TryGetProperty("headers", out var value))
        {
            return headers;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            headers.AddRange(value.EnumerateObject().Where(header => header.Value.ValueKind == JsonValueKind.String)
                .Select(header => new HttpHeader(header.Name.ToLowerInvariant(), header.Value.GetString()!)));
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            headers.AddRange(value.EnumerateArray()
                .Where(header => header.ValueKind == JsonValueKind.Object && Text(header, "name") is not null && Text(header, "value") is not null)
                .Select(header => new HttpHeader(Text(header, "name")!.ToLowerInvariant(), Text(header, "value")!)));
        }

        return headers;
    }

    private static (string? Text, string? Base64, long Size) Body(JsonElement root)
    {
        var text = root.TryGetProperty("postData", out var postData) && postData.ValueKind == JsonValueKind.Object ? Text(postData, "text") : Text(root, "body");
        if (text is null)
        {
            return (null, null, 0);
        }

        if (!string.Equals(Text(postData, "encoding"), "base64", StringComparison.OrdinalIgnoreCase))
        {
            return (text, null, Encoding.UTF8.GetByteCount(text));
        }

        var bytes = Convert.FromBase64String(text);
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null, bytes.Length);
        }
        catch (DecoderFallbackException)
        {
            return (null, text, bytes.Length);
        }
    }

    private static DateTimeOffset Time(JsonElement root) =>
        (Text(root, "startedDateTime") ?? Text(root, "time")) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : DateTimeOffset.UtcNow;
}
