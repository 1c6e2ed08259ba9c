using System.Buffers;
using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Advanced-matching parameters (<c>ud[em]</c>, <c>udff[fn]</c>, <c>cud[ph]</c>...): hashes or shape masks of
/// personal data, each of which ties the event to a person.
/// </summary>
internal static class MetaUserData
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly (string Prefix, string Source, bool Hashed)[] Families =
    [
        ("ud", "SHA-256, passed by the site to fbq('init')", true),
        ("udff", "SHA-256, read from a form field automatically", true),
        ("aud", "second SHA-256 normalised another way, passed by the site", true),
        ("audff", "second SHA-256 normalised another way, read from a form field automatically", true),
        ("cud", "shape mask of the value, passed by the site", false),
        ("cudff", "shape mask of the value, read from a form field automatically", false),
        ("ncud", "normalised shape mask of the value", false),
    ];

    private static readonly (string Key, string Meaning)[] Keys =
    [
        ("em", "e-mail address"),
        ("ph", "phone number"),
        ("fn", "first name"),
        ("ln", "last name"),
        ("ct", "city"),
        ("st", "state or region"),
        ("zp", "zip or postal code"),
        ("ge", "gender"),
        ("db", "date of birth"),
        ("country", "country"),
        ("external_id", "the site's own id for the person"),
    ];

    private static readonly FrozenDictionary<string, (string Meaning, bool Hashed)> Known = BuildKnown();

    public static bool TryDescribe(string key, string value, out MetaParameterInfo info)
    {
        if (!Known.TryGetValue(key, out var known) && !TryDescribeUnlisted(key, out known))
        {
            info = default;
            return false;
        }

        var meaning = known.Hashed && !IsSha256(value)
            ? known.Meaning + " - NOT a SHA-256 hash: may be readable as sent"
            : known.Meaning;
        info = new(meaning, FieldSensitivity.Identifier);
        return true;
    }

    public static bool IsSha256(string value) => value.Length == 64 && !value.AsSpan().ContainsAnyExcept(Hex);

    private static bool TryDescribeUnlisted(string key, out (string Meaning, bool Hashed) described)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && key.EndsWith(']') && open < key.Length - 2)
        {
            var prefix = key.AsSpan(0, open);
            foreach (var family in Families)
            {
                if (prefix.SequenceEqual(family.Prefix))
                {
                    var name = key.AsSpan(open + 1, key.Length - open - 2);
                    described = ($"user data '{name}' ({family.Source})", family.Hashed);
                    return true;
                }
            }
        }

        described = default;
        return false;
    }

    private static FrozenDictionary<string, (string Meaning, bool Hashed)> BuildKnown()
    {
        var known = new Dictionary<string, (string Meaning, bool Hashed)>(StringComparer.Ordinal);
        foreach (var family in Families)
        {
            foreach (var key in Keys)
            {
                known[$"{family.Prefix}[{key.Key}]"] = ($"{key.Meaning} ({family.Source})", family.Hashed);
            }
        }

        return known.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
