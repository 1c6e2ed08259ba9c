namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Reads <c>;</c>-separated <c>key=value</c> text: the matrix parameters of a URL path
/// (Floodlight's <c>/activityi;src=…;type=…;~oref=…</c>) and values that pack several pairs into one
/// (Google Ads' <c>data=event=gtag.config;k=v</c>). Values are percent-decoded once, with <c>+</c> kept as sent.
/// </summary>
internal static class MatrixParameters
{
    /// <summary>Reads every pair of <paramref name="text"/> into <paramref name="into"/>; a part without <c>=</c> becomes a key with an empty value.</summary>
    public static void Read(ReadOnlySpan<char> text, List<KeyValuePair<string, string>> into, List<string> warnings, string origin)
    {
        var bad = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOf(';');
            var pair = (end < 0 ? text : text[..end]).Trim();
            text = end < 0 ? [] : text[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var keyOk = PercentDecoding.TryDecode(equals < 0 ? pair : pair[..equals], plusIsSpace: false, out var key);
            var valueOk = PercentDecoding.TryDecode(equals < 0 ? [] : pair[(equals + 1)..], plusIsSpace: false, out var value);
            if (!keyOk || !valueOk)
            {
                bad++;
                if (bad <= UrlEncodedReader.MaxWarnings)
                {
                    warnings.Add($"{origin}: parameter '{UrlEncodedReader.Shorten(key)}' is not valid percent-encoded UTF-8; kept as sent");
                }
            }

            into.Add(new(key, value));
        }

        if (bad > UrlEncodedReader.MaxWarnings)
        {
            warnings.Add($"{origin}: {bad - UrlEncodedReader.MaxWarnings} more parameters were not valid percent-encoded UTF-8");
        }
    }

    /// <summary>
    /// The matrix part of a URL's path: what follows the first <c>;</c> of the path (before <c>?</c> or <c>#</c>),
    /// e.g. <c>src=1;type=a</c> of <c>https://1.fls.doubleclick.net/activityi;src=1;type=a?</c>; empty when there is none.
    /// </summary>
    public static ReadOnlySpan<char> OfPath(string url)
    {
        var path = UrlParts.Path(url);
        var semicolon = path.IndexOf(';');
        return semicolon < 0 ? [] : path[(semicolon + 1)..];
    }

    /// <summary>The path before its first <c>;</c>, e.g. <c>/activityi</c>.</summary>
    public static ReadOnlySpan<char> PathWithout(string url)
    {
        var path = UrlParts.Path(url);
        var semicolon = path.IndexOf(';');
        return semicolon < 0 ? path : path[..semicolon];
    }
}
