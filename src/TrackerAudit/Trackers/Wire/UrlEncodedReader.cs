namespace TrackerAudit.Trackers.Wire;

/// <summary>Reads <c>k=v&amp;k=v</c> text (a query string or an <c>application/x-www-form-urlencoded</c> body).</summary>
internal static class UrlEncodedReader
{
    // So a huge broken body cannot flood the report.
    internal const int MaxWarnings = 10;

    public static void Read(ReadOnlySpan<char> text, List<KeyValuePair<string, string>> into, List<string> warnings, string origin)
    {
        var bad = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('&');
            var pair = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var rawKey = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? [] : pair[(equals + 1)..];
            var keyOk = PercentDecoding.TryDecode(rawKey, plusIsSpace: true, out var key);
            var valueOk = PercentDecoding.TryDecode(rawValue, plusIsSpace: true, out var value);
            if (!keyOk || !valueOk)
            {
                bad++;
                if (bad <= MaxWarnings)
                {
                    warnings.Add($"{origin}: parameter '{Shorten(key)}' is not valid percent-encoded UTF-8; kept as sent");
                }
            }

            into.Add(new(key, value));
        }

        if (bad > MaxWarnings)
        {
            warnings.Add($"{origin}: {bad - MaxWarnings} more parameters were not valid percent-encoded UTF-8");
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
