namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Cuts a URL into host, path and query without building a <see cref="Uri"/>: decoders call this for
/// every captured request, so it must not allocate.
/// </summary>
internal static class UrlParts
{
    public static ReadOnlySpan<char> Host(string url)
    {
        var authority = Authority(url, out _);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        var colon = authority.LastIndexOf(':');
        return colon >= 0 && !authority.EndsWith("]") ? authority[..colon] : authority;
    }

    public static ReadOnlySpan<char> Path(string url)
    {
        Authority(url, out var pathStart);
        var rest = url.AsSpan(pathStart);
        var end = rest.IndexOfAny('?', '#');
        var path = end < 0 ? rest : rest[..end];
        return path.IsEmpty ? "/" : path;
    }

    public static ReadOnlySpan<char> Query(string url)
    {
        var span = url.AsSpan();
        var hash = span.IndexOf('#');
        if (hash >= 0)
        {
            span = span[..hash];
        }

        var question = span.IndexOf('?');
        return question < 0 ? [] : span[(question + 1)..];
    }

    private static ReadOnlySpan<char> Authority(string url, out int pathStart)
    {
        var span = url.AsSpan();
        var scheme = span.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var end = span[start..].IndexOfAny('/', '?', '#');
        pathStart = end < 0 ? span.Length : start + end;
        return span[start..pathStart];
    }
}
