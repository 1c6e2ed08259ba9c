using System.Text;
using System.Text.Unicode;
using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Reads the parameters a request carried in its query string and its body (urlencoded or multipart),
/// for any tracker that sends <c>key=value</c> pairs. Never throws: problems become warnings.
/// </summary>
internal static class WireParameters
{
    public static List<KeyValuePair<string, string>> Read(CapturedRequest request, List<string> warnings) =>
        Read(request, warnings, out _);

    public static List<KeyValuePair<string, string>> Read(CapturedRequest request, List<string> warnings, out WireBodyFormat bodyFormat)
    {
        var parameters = new List<KeyValuePair<string, string>>(32);
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var body = BodyText(request, warnings);
        bodyFormat = string.IsNullOrEmpty(body)
            ? WireBodyFormat.None
            : ReadBody(body, request.Header("content-type"), parameters, warnings);
        return parameters;
    }

    // Invalid UTF-8 still decodes (as U+FFFD) so the rest of the body is not lost.
    public static string? BodyText(CapturedRequest request, List<string> warnings)
    {
        if (request.BodyText is not null || request.BodyBase64 is null)
        {
            return request.BodyText;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(request.BodyBase64);
        }
        catch (FormatException)
        {
            warnings.Add("body: captured body is not valid base64; body not read");
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            warnings.Add("body: not valid UTF-8; invalid bytes read as U+FFFD");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static WireBodyFormat ReadBody(string body, string? contentType, List<KeyValuePair<string, string>> into, List<string> warnings)
    {
        var type = contentType ?? "";
        if (type.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = MultipartReader.BoundaryFromContentType(type) ?? MultipartReader.SniffBoundary(body);
            if (boundary is null)
            {
                warnings.Add("body: multipart/form-data without a boundary; body not read");
                return WireBodyFormat.Other;
            }

            MultipartReader.Read(body, boundary, into, warnings);
            return WireBodyFormat.Multipart;
        }

        if (type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            UrlEncodedReader.Read(body, into, warnings, "body");
            return WireBodyFormat.UrlEncoded;
        }

        // Captures often lack the Content-Type header (HAR exports, some CDP events): tell the format by its look.
        var sniffed = MultipartReader.SniffBoundary(body);
        if (sniffed is not null)
        {
            MultipartReader.Read(body, sniffed, into, warnings);
            return WireBodyFormat.Multipart;
        }

        if (!JsonFlattener.LooksLikeJson(body) && body.Contains('=', StringComparison.Ordinal))
        {
            UrlEncodedReader.Read(body.AsSpan().TrimEnd("\r\n"), into, warnings, "body");
            return WireBodyFormat.UrlEncoded;
        }

        warnings.Add($"body: {(contentType is null ? "no content type" : contentType)} body holds no parameters; not read");
        return WireBodyFormat.Other;
    }
}
