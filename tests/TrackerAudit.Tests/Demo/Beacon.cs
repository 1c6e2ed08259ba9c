using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.Playwright;

namespace TrackerAudit.Tests.Demo;

/// <summary>A request to Meta's event endpoint, its parameters merged from query and body.</summary>
internal sealed record Beacon(string Method, string Url, string? ContentType, string? Cookie, IReadOnlyDictionary<string, string> Fields)
{
    public string? this[string key] => Fields.GetValueOrDefault(key);

    public string? Event => this["ev"];

    public string? Transport => this["rqm"];

    public static bool IsBeacon(IRequest request) =>
        request.Url.StartsWith("https://www.facebook.com/tr", StringComparison.Ordinal);

    public static Beacon From(IRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = new Uri(request.Url).Query;
        foreach (var pair in QueryHelpers.ParseQuery(query))
            fields[pair.Key] = pair.Value.ToString();

        request.Headers.TryGetValue("content-type", out var contentType);
        var body = request.PostDataBuffer;
        if (body is { Length: > 0 } && contentType is not null)
        {
            if (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
            {
                foreach (var pair in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
                    fields[pair.Key] = pair.Value.ToString();
            }
            else if (contentType.StartsWith("multipart/form-data", StringComparison.Ordinal))
            {
                foreach (var pair in ReadMultipart(contentType, body))
                    fields[pair.Key] = pair.Value;
            }
        }

        return new Beacon(request.Method, request.Url, contentType, request.Headers.GetValueOrDefault("cookie"), fields);
    }

    private static Dictionary<string, string> ReadMultipart(string contentType, byte[] body)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value!] = text.ReadToEnd();
        }

        return fields;
    }
}
