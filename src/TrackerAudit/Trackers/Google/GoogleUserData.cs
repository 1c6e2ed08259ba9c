using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Google;

/// <summary>
/// Google's user-provided-data token (<c>em=tv.1~em.&lt;hash&gt;~pn.&lt;hash&gt;~fn0.…</c>, the same in GA4 and Google Ads;
/// tracker-protocols-more.md §1.1 and §1.3): the hashed e-mail address, phone number, name and address a site
/// or Google's automatic detection gave the tag. Each part becomes its own field so a typed value's hash can be
/// found in it.
/// </summary>
internal static class GoogleUserData
{
    private static readonly FrozenDictionary<string, string> Parts = new Dictionary<string, string>
    {
        ["tv"] = "version of the user-data token",
        ["em"] = "hashed e-mail address (SHA-256 of the normalised address)",
        ["pn"] = "hashed phone number (SHA-256 of the E.164 number)",
        ["fn"] = "hashed first name",
        ["ln"] = "hashed last name",
        ["sa"] = "hashed street address",
        ["ct"] = "city",
        ["rg"] = "region",
        ["pc"] = "postal code",
        ["co"] = "country",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for the parameters that carry the token.</summary>
    public static bool IsToken(string key) => key == "em";

    /// <summary>Adds one field per part of the token in <paramref name="value"/>, under <c>em[&lt;part&gt;]</c>.</summary>
    public static void Add(List<TrackerField> fields, string key, string value, List<string> warnings)
    {
        // Every token starts with its version; anything else (an address in clear, a bare hash) is kept only as sent.
        if (!value.StartsWith("tv.", StringComparison.Ordinal))
        {
            warnings.Add($"{key}: not a user-data token (tv.1~em.…); kept in the raw value");
            return;
        }

        var text = value.AsSpan();
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('~');
            var part = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var dot = part.IndexOf('.');
            if (dot <= 0)
            {
                warnings.Add($"{key}: part '{Shorten(part)}' of the user-data token has no name.value form; kept in the raw value");
                continue;
            }

            var name = part[..dot].ToString();
            var data = part[(dot + 1)..].ToString();

            // Address fields carry an index (fn0, ct0...): the first, second... address the site gave.
            var baseName = name[..name.AsSpan().TrimEnd("0123456789").Length];
            var meaning = Parts.TryGetValue(baseName, out var known)
                ? (baseName.Length < name.Length ? $"{known} (address {name[baseName.Length..]})" : known)
                : "part of the user-data token, meaning unknown";
            var sensitivity = baseName == "tv" ? FieldSensitivity.None : FieldSensitivity.Identifier;
            fields.Add(new($"{key}[{name}]", data, meaning + HashForm(baseName, data), sensitivity));
        }
    }

    // Says how the value is encoded, so a reader knows whether it can be compared with a typed value's hash.
    private static string HashForm(string baseName, string data)
    {
        if (baseName == "tv")
        {
            return "";
        }

        if (data.Length == 64 && IsHex(data))
        {
            return ", hex";
        }

        return data.Length is 43 or 44 ? ", base64" : "";
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");
}
