namespace TrackerAudit.Trackers.Wire;

/// <summary>Reads <c>multipart/form-data</c> bodies (FormData sent by <c>sendBeacon</c>, XHR or fetch).</summary>
internal static class MultipartReader
{
    public static string? BoundaryFromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = contentType.AsSpan(at + "boundary=".Length);
        if (value.StartsWith('"'))
        {
            value = value[1..];
            var close = value.IndexOf('"');
            value = close < 0 ? value : value[..close];
        }
        else
        {
            var end = value.IndexOfAny(';', ' ');
            value = end < 0 ? value : value[..end];
        }

        return value.IsEmpty ? null : value.ToString();
    }

    public static string? SniffBoundary(string body)
    {
        if (!body.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var lineEnd = body.IndexOf('\n', StringComparison.Ordinal);
        if (lineEnd < 3 || lineEnd > 200)
        {
            return null;
        }

        var boundary = body.AsSpan(2, lineEnd - 2).TrimEnd('\r');
        if (boundary.IsEmpty || boundary.ContainsAny(' ', '&', '='))
        {
            return null;
        }

        return body.Contains("Content-Disposition", StringComparison.OrdinalIgnoreCase) ? boundary.ToString() : null;
    }

    public static void Read(string body, string boundary, List<KeyValuePair<string, string>> into, List<string> warnings)
    {
        var delimiter = "--" + boundary;
        var at = body.IndexOf(delimiter, StringComparison.Ordinal);
        if (at < 0)
        {
            warnings.Add($"body: multipart boundary '{UrlEncodedReader.Shorten(boundary)}' not found; body not read");
            return;
        }

        var unnamed = 0;
        while (true)
        {
            var partStart = at + delimiter.Length;
            if (body.AsSpan(partStart).StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var headersStart = SkipLine(body, partStart);
            var (contentStart, name) = ReadPartHeaders(body, headersStart);
            if (contentStart < 0)
            {
                warnings.Add("body: multipart part cut off before its content; rest of body not read");
                return;
            }

            var next = body.IndexOf(delimiter, contentStart, StringComparison.Ordinal);
            var contentEnd = next < 0 ? body.Length : next;
            var content = body.AsSpan(contentStart, contentEnd - contentStart);
            content = content.EndsWith("\r\n") ? content[..^2] : content.EndsWith("\n") ? content[..^1] : content;

            if (name is null)
            {
                unnamed++;
            }
            else
            {
                into.Add(new(name, WireStrings.Of(content)));
            }

            if (next < 0)
            {
                warnings.Add("body: multipart body has no closing boundary (truncated?); read what was there");
                break;
            }

            at = next;
        }

        if (unnamed > 0)
        {
            warnings.Add($"body: {unnamed} multipart part(s) without a field name skipped");
        }
    }

    private static int SkipLine(string body, int from)
    {
        var lineEnd = body.IndexOf('\n', from);
        return lineEnd < 0 ? body.Length : lineEnd + 1;
    }

    private static (int ContentStart, string? Name) ReadPartHeaders(string body, int at)
    {
        string? name = null;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf('\n', at);
            if (lineEnd < 0)
            {
                return (-1, name);
            }

            var line = body.AsSpan(at, lineEnd - at).TrimEnd('\r');
            at = lineEnd + 1;
            if (line.IsEmpty)
            {
                return (at, name);
            }

            if (line.StartsWith("content-disposition:", StringComparison.OrdinalIgnoreCase))
            {
                name = FieldName(line);
            }
        }

        return (-1, name);
    }

    private static string? FieldName(ReadOnlySpan<char> disposition)
    {
        var search = disposition;
        while (true)
        {
            var at = search.IndexOf("name=", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            // "filename=" also contains "name=": only a parameter that starts after ';' or a space counts.
            if (at > 0 && search[at - 1] is not (';' or ' ' or '\t'))
            {
                search = search[(at + 5)..];
                continue;
            }

            var value = search[(at + 5)..];
            if (value.StartsWith('"'))
            {
                value = value[1..];
                var close = value.IndexOf('"');
                value = close < 0 ? value : value[..close];
            }
            else
            {
                var end = value.IndexOf(';');
                value = (end < 0 ? value : value[..end]).Trim();
            }

            return UnescapeName(value);
        }
    }

    // Browsers escape only the quote and line breaks in FormData field names (HTML spec);
    // any other '%' is literal and must stay.
    private static string UnescapeName(ReadOnlySpan<char> name)
    {
        var text = WireStrings.Of(name);
        return text.Contains('%', StringComparison.Ordinal)
            ? text.Replace("%22", "\"", StringComparison.Ordinal)
                .Replace("%0D", "\r", StringComparison.Ordinal)
                .Replace("%0A", "\n", StringComparison.Ordinal)
            : text;
    }
}
