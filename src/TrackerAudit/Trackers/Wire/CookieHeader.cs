namespace TrackerAudit.Trackers.Wire;

/// <summary>Reads a <c>Cookie</c> request header.</summary>
internal static class CookieHeader
{
    public static List<KeyValuePair<string, string>> Read(string? header)
    {
        var cookies = new List<KeyValuePair<string, string>>();
        var text = header.AsSpan();
        while (!text.IsEmpty)
        {
            var end = text.IndexOf(';');
            var pair = (end < 0 ? text : text[..end]).Trim();
            text = end < 0 ? [] : text[(end + 1)..];
            var equals = pair.IndexOf('=');
            if (pair.IsEmpty || equals == 0)
            {
                continue;
            }

            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..].Trim('"');
            cookies.Add(new(WireStrings.Of(name), PercentDecoding.DecodeOrRaw(value, plusIsSpace: false)));
        }

        return cookies;
    }
}
