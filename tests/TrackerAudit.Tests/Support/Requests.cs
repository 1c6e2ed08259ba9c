using System.Net;
using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Tests.Support;

/// <summary>Captured requests of the shapes decoders meet: a GET, a POST of text or bytes, a cookie, a line of the shared corpus.</summary>
internal static class Requests
{
    private static long _nextId;

    public static CapturedRequest Get(string url, string resourceType = "image") => New("GET", url, resourceType, []);

    public static CapturedRequest Post(string url, string? contentType, string body, string resourceType = "other") =>
        New("POST", url, resourceType, contentType is null ? [] : [new HttpHeader("content-type", contentType)]) with
        {
            BodyText = body,
            BodySize = Encoding.UTF8.GetByteCount(body),
        };

    public static CapturedRequest PostBytes(string url, string? contentType, byte[] body) =>
        New("POST", url, "other", contentType is null ? [] : [new HttpHeader("content-type", contentType)]) with
        {
            BodyBase64 = Convert.ToBase64String(body),
            BodySize = body.Length,
        };

    public static CapturedRequest WithCookie(this CapturedRequest request, string cookie) =>
        request with { Headers = [.. request.Headers, new HttpHeader("cookie", cookie)] };

    public static CapturedRequest FromCorpusLine(string line)
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

        return New(root.GetProperty("method").GetString()!, root.GetProperty("url").GetString()!, "other", headers) with
        {
            BodyText = body,
            BodySize = body is null ? 0 : Encoding.UTF8.GetByteCount(body),
        };
    }

    public static string FormBody(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join("&", parameters.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    public static string MultipartBody(string boundary, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var body = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            body.Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Disposition: form-data; name=\"").Append(key.Replace("\"", "%22", StringComparison.Ordinal)).Append("\"\r\n\r\n")
                .Append(value).Append("\r\n");
        }

        return body.Append("--").Append(boundary).Append("--\r\n").ToString();
    }

    private static CapturedRequest New(string method, string url, string resourceType, IReadOnlyList<HttpHeader> headers) =>
        SomeRun.Request(Interlocked.Increment(ref _nextId), url, method, resourceType, step: 1, stepName: "step") with
        {
            Time = new DateTimeOffset(2023, 11, 15, 21, 20, 8, TimeSpan.Zero),
            Journey = "test",
            Headers = headers,
        };
}
