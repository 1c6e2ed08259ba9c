using System.Text;
using System.Text.Unicode;
using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Reads a request body that holds one JSON document, however it was wrapped: JSON sent as text (usually
/// <c>text/plain</c>), base64 of gzip of JSON (starting <c>H4sI</c>), raw gzip bytes, or plain base64 of JSON.
/// Never throws: what cannot be read becomes a warning.
/// </summary>
internal static class JsonBody
{
    /// <summary>The JSON text of the body and how it was wrapped (<c>JSON</c>, <c>base64 of gzip</c>...); null when there is none.</summary>
    public static string? Text(CapturedRequest request, List<string> warnings, out string? wrapping)
    {
        wrapping = null;
        if (request.BodyText is null && request.BodyBase64 is not null)
        {
            var bytes = CompressedText.Base64Bytes(request.BodyBase64);
            if (bytes is null)
            {
                warnings.Add("body: captured body is not valid base64; body not read");
                return null;
            }

            if (CompressedText.IsGzip(bytes))
            {
                wrapping = "gzip";
                return CompressedText.Gunzip(bytes, warnings);
            }

            if (!Utf8.IsValid(bytes))
            {
                warnings.Add("body: not valid UTF-8; invalid bytes read as U+FFFD");
            }

            return Unwrap(Encoding.UTF8.GetString(bytes), warnings, out wrapping);
        }

        return string.IsNullOrEmpty(request.BodyText) ? null : Unwrap(request.BodyText, warnings, out wrapping);
    }

    /// <summary>JSON text as sent, or the JSON inside base64 of gzip or plain base64 of <paramref name="text"/>.</summary>
    public static string? Unwrap(string text, List<string> warnings, out string? wrapping)
    {
        if (JsonFlattener.LooksLikeJson(text))
        {
            wrapping = "JSON";
            return text;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.StartsWith("H4sI", StringComparison.Ordinal))
        {
            wrapping = "base64 of gzip";
            var inflated = CompressedText.GunzipBase64(text, warnings);
            if (inflated is null)
            {
                warnings.Add("body: starts as base64 of gzip (H4sI) but does not decode; raw text kept");
            }

            return inflated;
        }

        // Plain base64 of JSON starts "ey" ('{"') or "W" ('[').
        if (trimmed.StartsWith("ey", StringComparison.Ordinal) || trimmed.StartsWith("W", StringComparison.Ordinal))
        {
            var bytes = CompressedText.Base64Bytes(trimmed);
            if (bytes is not null && Utf8.IsValid(bytes))
            {
                var decoded = Encoding.UTF8.GetString(bytes);
                if (JsonFlattener.LooksLikeJson(decoded))
                {
                    wrapping = "base64 of JSON";
                    return decoded;
                }
            }
        }

        wrapping = null;
        warnings.Add("body: neither JSON nor base64 of (gzipped) JSON; not read");
        return null;
    }

    /// <summary>
    /// Flattens a whole JSON document into <paramref name="leaves"/>, with paths from its root
    /// (<c>context.page.url</c>, <c>pids[0]</c>). Returns null when all went well, else what went wrong.
    /// </summary>
    public static string? Flatten(string json, List<KeyValuePair<string, string>> leaves)
    {
        var first = leaves.Count;
        var problem = JsonFlattener.Flatten("", json, leaves);

        // The flattener joins names to the root with a dot; a document's root has no name, so drop it.
        for (var i = first; i < leaves.Count; i++)
        {
            var (path, value) = leaves[i];
            if (path.StartsWith('.'))
            {
                leaves[i] = new(WireStrings.Of(path.AsSpan(1)), value);
            }
        }

        return problem;
    }
}
