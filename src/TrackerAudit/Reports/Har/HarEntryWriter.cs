using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Reports.Har;

/// <summary>Writes one HAR entry for a captured request, with TrackerAudit's own fields prefixed <c>_</c>.</summary>
internal static class HarEntryWriter
{
    // The browser does not tell the protocol through request interception; HTTP/1.1 is the honest default.
    private const string HttpVersion = "HTTP/1.1";

    public static void Write(Utf8JsonWriter writer, CapturedRequest request, string? pageRef, string? trackerName)
    {
        writer.WriteStartObject();
        if (pageRef is not null)
        {
            writer.WriteString("pageref", pageRef);
        }

        writer.WriteString("startedDateTime", HarWriter.Timestamp(request.Time));
        // Durations were not measured: 0, because HAR forbids -1 for the total time.
        writer.WriteNumber("time", 0);
        WriteRequest(writer, request);
        WriteResponse(writer, request);
        writer.WriteStartObject("cache");
        writer.WriteEndObject();
        WriteTimings(writer);
        writer.WriteNumber("_requestId", request.Id);
        writer.WriteString("_resourceType", request.ResourceType);
        writer.WriteString("_journey", request.Journey);
        writer.WriteNumber("_stepIndex", request.StepIndex);
        writer.WriteString("_stepName", request.StepName);
        writer.WriteString("_disposition", JsonNamingPolicy.CamelCase.ConvertName(request.Disposition.ToString()));
        writer.WriteBoolean("_isNavigation", request.IsNavigation);
        WriteIfPresent(writer, "_pageUrl", request.PageUrl);
        WriteIfPresent(writer, "_frameUrl", request.FrameUrl);
        WriteIfPresent(writer, "_failure", request.Failure);
        WriteIfPresent(writer, "_tracker", trackerName);
        writer.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter writer, CapturedRequest request)
    {
        writer.WriteStartObject("request");
        writer.WriteString("method", request.Method);
        writer.WriteString("url", request.Url);
        writer.WriteString("httpVersion", HttpVersion);
        WritePairs(writer, "cookies", RawCookies(request.Header("cookie")));
        WritePairs(writer, "headers", request.Headers.Select(header => new KeyValuePair<string, string>(header.Name, header.Value)));
        WritePairs(writer, "queryString", Decoded(UrlParts.Query(request.Url)));
        if (request.BodyText is not null || request.BodyBase64 is not null)
        {
            WritePostData(writer, request);
        }

        writer.WriteNumber("headersSize", -1);
        writer.WriteNumber("bodySize", request.BodySize);
        writer.WriteEndObject();
    }

    private static void WritePostData(Utf8JsonWriter writer, CapturedRequest request)
    {
        var mimeType = request.Header("content-type") ?? "";
        writer.WriteStartObject("postData");
        writer.WriteString("mimeType", mimeType);
        WritePairs(writer, "params", request.BodyText is null ? [] : BodyParameters(request.BodyText, mimeType));
        writer.WriteString("text", request.BodyText ?? request.BodyBase64);
        if (request.BodyText is null)
        {
            writer.WriteString("_encoding", "base64");
            writer.WriteString("comment", "The body is not valid UTF-8: text holds its bytes in base64.");
        }

        // The body was over the in-memory limit: the run folder also holds it as sent, with its hash.
        WriteIfPresent(writer, "_file", request.BodyFile);
        WriteIfPresent(writer, "_sha256", request.BodySha256);

        writer.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter writer, CapturedRequest request)
    {
        writer.WriteStartObject("response");
        writer.WriteNumber("status", request.Status ?? 0);
        writer.WriteString("statusText", "");
        writer.WriteString("httpVersion", request.Status is null ? "" : HttpVersion);
        WritePairs(writer, "cookies", []);
        WritePairs(writer, "headers", []);
        writer.WriteStartObject("content");
        writer.WriteNumber("size", 0);
        // Chrome's own export says x-unknown when it does not know the type.
        writer.WriteString("mimeType", "x-unknown");
        writer.WriteString("comment", "Response bodies are not recorded.");
        writer.WriteEndObject();
        writer.WriteString("redirectURL", "");
        writer.WriteNumber("headersSize", -1);
        writer.WriteNumber("bodySize", -1);
        // Chrome's own HAR export names a failed request's reason _error; DevTools shows it when importing.
        WriteIfPresent(writer, "_error", request.Failure);
        writer.WriteEndObject();
    }

    private static void WriteTimings(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("timings");
        writer.WriteNumber("blocked", -1);
        writer.WriteNumber("dns", -1);
        writer.WriteNumber("connect", -1);
        writer.WriteNumber("send", 0);
        writer.WriteNumber("wait", 0);
        writer.WriteNumber("receive", 0);
        writer.WriteNumber("ssl", -1);
        writer.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        writer.WriteStartArray(name);
        foreach (var (key, value) in pairs)
        {
            writer.WriteStartObject();
            writer.WriteString("name", key);
            writer.WriteString("value", value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static List<KeyValuePair<string, string>> Decoded(ReadOnlySpan<char> urlEncoded)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(urlEncoded, pairs, [], "query");
        return pairs;
    }

    private static List<KeyValuePair<string, string>> BodyParameters(string body, string mimeType)
    {
        if (mimeType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Decoded(body.AsSpan().TrimEnd("\r\n"));
        }

        var boundary = mimeType.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? MultipartReader.BoundaryFromContentType(mimeType) ?? MultipartReader.SniffBoundary(body)
            : null;
        var pairs = new List<KeyValuePair<string, string>>();
        if (boundary is not null)
        {
            MultipartReader.Read(body, boundary, pairs, []);
        }

        return pairs;
    }

    // Values exactly as sent (not percent-decoded): the HAR is a record of the wire.
    private static List<KeyValuePair<string, string>> RawCookies(string? header)
    {
        var cookies = new List<KeyValuePair<string, string>>();
        foreach (var part in (header ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals != 0)
            {
                cookies.Add(equals < 0 ? new(part, "") : new(part[..equals], part[(equals + 1)..]));
            }
        }

        return cookies;
    }
}
