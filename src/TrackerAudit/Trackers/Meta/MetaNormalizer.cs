using System.Globalization;
using System.Text;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Meta's advanced-matching normalisation, by user-data key (<c>em</c>, <c>ph</c>, <c>fn</c>...),
/// as applied before a value is hashed into <c>ud[k]</c> / <c>udff[k]</c>.
/// </summary>
internal static class MetaNormalizer
{
    // Fewer digits than this is a house number or a quantity, not a phone number; hashing
    // such a "phone" form would attribute unrelated hashes to the typed value.
    private const int MinimumPhoneDigits = 5;

    // Unambiguous formats first; the US order before the European one because Meta's own
    // documentation and most forms feeding the pixel use it.
    private static readonly string[] DateFormats =
    [
        "yyyyMMdd", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy-M-d", "yyyy/M/d",
        "MM/dd/yyyy", "M/d/yyyy", "MM-dd-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy",
    ];

    /// <summary>Normalises by key; an unknown key gets the generic trim + lower-case.</summary>
    public static string Normalize(string key, string value) => key switch
    {
        "em" => Email(value),
        "ph" => Phone(value),
        "fn" or "ln" => Name(value),
        "ct" => City(value),
        "st" => State(value),
        "zp" => Zip(value),
        "ge" => Gender(value),
        "db" => DateOfBirth(value),
        "country" => Country(value),
        "external_id" => ExternalId(value),
        _ => value.Trim().ToLowerInvariant(),
    };

    public static string Email(string value) => value.Trim().ToLowerInvariant();

    public static string Phone(string value) => Keep(value, char.IsAsciiDigit).TrimStart('0');

    public static string Name(string value) => Keep(value.ToLowerInvariant(), char.IsLetter);

    public static string City(string value) => Keep(value.ToLowerInvariant(), char.IsLetterOrDigit);

    public static string State(string value) => FirstTwo(Keep(value.ToLowerInvariant(), char.IsLetter));

    public static string Zip(string value)
    {
        var beforeDash = value.Split('-')[0];
        return Keep(beforeDash.ToLowerInvariant(), c => !char.IsWhiteSpace(c));
    }

    public static string Gender(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        var first = char.ToLowerInvariant(trimmed[0]);
        return first is 'f' or 'm' ? first.ToString() : string.Empty;
    }

    /// <summary>
    /// <c>YYYYMMDD</c> when the value parses as a date (formats tried in a fixed order, invariant
    /// culture, month before day when both read); otherwise the trimmed lower-case value.
    /// </summary>
    public static string DateOfBirth(string value)
    {
        var trimmed = value.Trim();
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        return trimmed.ToLowerInvariant();
    }

    public static string Country(string value) => FirstTwo(Keep(value.ToLowerInvariant(), char.IsLetter));

    public static string ExternalId(string value) => value.Trim().ToLowerInvariant();

    /// <summary>
    /// Meta's own forms of an arbitrary typed value, beyond the trim and lower-case every tracker applies:
    /// its <c>ph</c> form (digits only, no leading zeros) when there are enough digits for a phone number,
    /// and its <c>fn</c> form (letters only).
    /// </summary>
    public static IEnumerable<NormalizedForm> TypedValueForms(string value)
    {
        var phone = Phone(value);
        if (phone.Length >= MinimumPhoneDigits)
        {
            yield return new NormalizedForm("normalised ph", phone);
        }

        yield return new NormalizedForm("normalised fn", Name(value));
    }

    private static string Keep(string value, Func<char, bool> predicate)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (predicate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string FirstTwo(string value) => value.Length <= 2 ? value : value[..2];
}
