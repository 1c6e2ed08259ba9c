using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrackerAudit.Findings.Matching;

/// <summary>
/// The text encodings a typed value may pass through on its way to a tracker. Each returns
/// every common spelling of the encoding, because encoders disagree on details (which
/// characters they leave alone, <c>+</c> or <c>%20</c> for a space, hex-escape case).
/// </summary>
internal static class TextEncodings
{
    // RFC 3986 unreserved: what Uri.EscapeDataString leaves alone.
    private const string Unreserved = "-._~";

    // encodeURIComponent also leaves these; WebUtility.UrlEncode leaves all but '~' and '''.
    private const string ComponentExtras = "!*'()";

    // encodeURI (and sloppy hand-built query strings) leave the reserved characters alone.
    private const string UriExtras = ";,/?:@&=+$#";

    private static readonly string[] UrlSafeSets = [Unreserved, Unreserved + ComponentExtras, Unreserved + ComponentExtras + UriExtras];

    public static IEnumerable<string> UrlEncodings(string value)
    {
        foreach (var safe in UrlSafeSets)
        {
            foreach (var spaceAsPlus in (bool[])[false, true])
            {
                foreach (var upperHex in (bool[])[true, false])
                {
                    yield return UrlEncode(value, safe, spaceAsPlus, upperHex);
                }
            }
        }
    }

    public static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));

    public static string Base64Url(string value) => Base64(value).Replace('+', '-').Replace('/', '_');

    public static string Hex(string value) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));

    public static string HexUpper(string value) => Convert.ToHexString(Encoding.UTF8.GetBytes(value));

    /// <summary>
    /// The value as it appears between the quotes of a JSON string: System.Text.Json's default
    /// escaping, its relaxed escaping, minimal escaping (JSON.stringify: only quote, backslash and
    /// control characters) and PHP's json_encode (slashes and non-ASCII escaped too).
    /// </summary>
    public static IEnumerable<string> JsonEncodings(string value)
    {
        yield return JsonEncodedText.Encode(value).Value;
        yield return JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;
        yield return JsonEscape(value, escapeSlashAndNonAscii: false);
        yield return JsonEscape(value, escapeSlashAndNonAscii: true);
    }

    private static string UrlEncode(string value, string safe, bool spaceAsPlus, bool upperHex)
    {
        var builder = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || (b < 0x80 && safe.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else if (c == ' ' && spaceAsPlus)
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(upperHex ? Convert.ToHexString([b]) : Convert.ToHexStringLower([b]));
            }
        }

        return builder.ToString();
    }

    private static string JsonEscape(string value, bool escapeSlashAndNonAscii)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '/' when escapeSlashAndNonAscii: builder.Append("\\/"); break;
                default:
                    if (c < 0x20 || (escapeSlashAndNonAscii && c > 0x7E))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
