using System.Globalization;

namespace TrackerAudit.Imports;

/// <summary>What counts as a page or request URL in an imported capture: absolute http(s).</summary>
internal static class WebUrls
{
    public static bool IsWebUrl(string? text) =>
        text is not null
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// Why a request's URL cannot be taken as sent, in plain words; null when it can. A URL as sent on the wire
    /// holds no raw control or bidirectional-formatting characters (a browser percent-encodes them), so one that
    /// does was not sent as written, and would let a report line be forged.
    /// </summary>
    /// <param name="webOnly">True when only http(s) will do (a request file, standard input); a HAR may also hold data: and others.</param>
    public static string? Problem(string url, bool webOnly = true)
    {
        if (url.Length == 0)
        {
            return "is empty";
        }

        if (Unprintable(url) is { } bad)
        {
            return bad;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "is not an absolute URL (a scheme and a host, as in https://example.org/)";
        }

        if (webOnly && uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"is a {uri.Scheme}: URL, not http(s)";
        }

        return (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length == 0 ? "has no host" : null;
    }

    /// <summary>Names the first control, bidirectional-formatting or unpaired surrogate character in a text, with its place; null when there is none.</summary>
    public static string? Unprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? what = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                what = "a lone UTF-16 surrogate";
            }
            else if (c == '\0')
            {
                what = "a NUL character";
            }
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F')
            {
                what = "a control character";
            }
            else if (c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                what = "a bidirectional-formatting character";
            }

            if (what is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds {what} (U+{(int)c:X4}) at character {i + 1}");
            }
        }

        return null;
    }
}
