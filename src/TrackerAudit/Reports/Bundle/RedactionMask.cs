using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using TrackerAudit.Findings.Matching;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Masks the secrets of a run in any text: every spelling of every typed value that the findings
/// engine searches for, and every cookie value. Hashes are left alone: they are the evidence, and
/// only someone who already knows the value can match them.
/// </summary>
internal sealed class RedactionMask
{
    public const string CookieMask = "[redacted cookie]";

    // A shorter cookie value ("1", "true") turns up everywhere by chance; it is masked only where it is known to be a cookie.
    private const int MinimumCookieLength = 8;

    private static readonly string[] HashTransforms = ["md5", "sha1", "sha256", "sha512"];

    private readonly Dictionary<string, string> _replacements;
    private readonly Dictionary<char, string[]> _byFirstChar;
    private readonly SearchValues<string>? _search;
    private RedactionMask? _bytes;

    private RedactionMask(Dictionary<string, string> replacements)
    {
        _replacements = replacements;
        // Longest first, so that of two secrets starting at the same place the whole one is masked.
        _byFirstChar = replacements.Keys
            .GroupBy(secret => secret[0])
            .ToDictionary(group => group.Key, group => group.OrderByDescending(secret => secret.Length).ToArray());
        _search = replacements.Count == 0 ? null : SearchValues.Create(replacements.Keys.ToArray(), StringComparison.Ordinal);
    }

    /// <summary>How many spellings are masked.</summary>
    public int Count => _replacements.Count;

    public static RedactionMask For(RunReport report)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, value) in report.Journeys.SelectMany(run => run.TypedValues))
        {
            var mask = TypedMask(label);
            foreach (var variant in TypedValueVariants.For(label, value).Where(variant => !IsHash(variant.Chain)))
            {
                replacements.TryAdd(variant.Text, mask);
            }
        }

        foreach (var cookie in CookieValues(report).Where(cookie => cookie.Length >= MinimumCookieLength))
        {
            foreach (var spelling in TextEncodings.UrlEncodings(cookie).Concat(TextEncodings.JsonEncodings(cookie)).Prepend(cookie))
            {
                replacements.TryAdd(spelling, CookieMask);
            }
        }

        return new RedactionMask(replacements);
    }

    /// <summary>The mask of a typed value, e.g. <c>[redacted:email]</c>.</summary>
    public static string TypedMask(string label) => $"[redacted:{Slug.Of(label)}]";

    public string Mask(string text)
    {
        if (_search is null)
        {
            return text;
        }

        var at = text.AsSpan().IndexOfAny(_search);
        if (at < 0)
        {
            return text;
        }

        var masked = new StringBuilder(text.Length);
        var position = 0;
        while (at >= 0)
        {
            var start = position + at;
            var secret = _byFirstChar[text[start]].First(candidate => text.AsSpan(start).StartsWith(candidate, StringComparison.Ordinal));
            masked.Append(text, position, start - position).Append(_replacements[secret]);
            position = start + secret.Length;
            at = text.AsSpan(position).IndexOfAny(_search);
        }

        return masked.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// Masks a body given as bytes (a stored body: text or not): every secret's UTF-8 bytes, wherever they
    /// occur. Read as Latin-1, each byte is one character, so the text search finds exactly the byte sequences;
    /// the masks are ASCII and come back as the same bytes. Returns the same array when nothing was masked.
    /// </summary>
    public byte[] MaskBytes(byte[] body)
    {
        _bytes ??= new RedactionMask(_replacements.ToDictionary(pair => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(pair.Key)), pair => pair.Value, StringComparer.Ordinal));
        var text = Encoding.Latin1.GetString(body);
        var masked = _bytes.Mask(text);
        return ReferenceEquals(masked, text) ? body : Encoding.Latin1.GetBytes(masked);
    }

    /// <summary>Masks a <c>Cookie</c> header: every value, whatever its length, names kept.</summary>
    public static string MaskCookieHeader(string header) =>
        string.Join("; ", header.Split(';', StringSplitOptions.TrimEntries).Select(pair =>
            pair.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0 && equals < pair.Length - 1
                ? pair[..(equals + 1)] + CookieMask
                : pair));

    /// <summary>
    /// Masks every string in a JSON document in place. Cookies are recognised by shape: a header
    /// object named <c>cookie</c>, and a field, parameter or finding whose path starts <c>cookie:</c>.
    /// </summary>
    public void MaskInPlace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                MaskCookieValue(item);
                foreach (var (name, child) in item.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        item[name] = Mask(text);
                    }
                    else
                    {
                        MaskInPlace(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Mask(text);
                    }
                    else
                    {
                        MaskInPlace(array[i]);
                    }
                }

                break;
        }
    }

    private static void MaskCookieValue(JsonObject item)
    {
        if (item["value"] is not JsonValue valueNode || !valueNode.TryGetValue<string>(out var value) || value.Length == 0)
        {
            return;
        }

        var name = Text(item["name"]);
        var path = Text(item["path"]) ?? Text(item["key"]) ?? Text(item["parameter"]);
        if (string.Equals(name, "cookie", StringComparison.OrdinalIgnoreCase) || path == "header:cookie")
        {
            item["value"] = MaskCookieHeader(value);
        }
        else if (path is not null && path.StartsWith("cookie:", StringComparison.Ordinal))
        {
            item["value"] = CookieMask;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool IsHash(string chain) =>
        chain.Split('(').Any(step => HashTransforms.Any(hash => step.StartsWith(hash, StringComparison.Ordinal)));

    private static IEnumerable<string> CookieValues(RunReport report)
    {
        foreach (var run in report.Journeys)
        {
            foreach (var header in run.Requests.Select(request => request.Header("cookie")).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                foreach (var pair in header.Split(';', StringSplitOptions.TrimEntries))
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals >= 0)
                    {
                        yield return pair[(equals + 1)..];
                    }
                }

                foreach (var cookie in CookieHeader.Read(header))
                {
                    yield return cookie.Value;
                }
            }

            var fields = run.TrackerRequests.SelectMany(decoded => decoded.Events).SelectMany(trackerEvent => trackerEvent.Fields);
            foreach (var field in fields.Where(field => field.Path.StartsWith("cookie:", StringComparison.Ordinal)))
            {
                yield return field.Value;
            }
        }
    }
}
