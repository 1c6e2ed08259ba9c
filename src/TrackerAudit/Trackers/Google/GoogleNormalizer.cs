using System.Text;

namespace TrackerAudit.Trackers.Google;

/// <summary>
/// What Google documents that a tag or an upload does to user-provided data before hashing it (Google Ads API,
/// "Enhanced conversions for web", and Campaign Manager 360, "Enhanced conversions": remove leading and trailing
/// spaces, lower-case, format phone numbers as E.164, and remove the dots before the domain of gmail.com and
/// googlemail.com addresses). Trimming and lower-casing every tracker does are already tried by the typed-value
/// search; these are the forms only Google makes.
/// </summary>
internal static class GoogleNormalizer
{
    // E.164 numbers have at least 7 digits after the '+'; fewer is a quantity or a house number, and its
    // "phone" hash would attribute unrelated hashes to the typed value.
    private const int MinimumPhoneDigits = 7;

    private const int MaximumPhoneDigits = 15;

    /// <summary>Google's own forms of a typed value: its e-mail form for a Gmail address, its E.164 form for a phone number.</summary>
    public static IEnumerable<NormalizedForm> TypedValueForms(string value)
    {
        var email = Email(value);
        if (email is not null)
        {
            yield return new NormalizedForm("google normalised em", email);
        }

        var phone = Phone(value);
        if (phone is not null)
        {
            yield return new NormalizedForm("google normalised ph (E.164)", phone);
        }
    }

    /// <summary>
    /// Trimmed, lower-case, and for gmail.com and googlemail.com addresses without the dots of the part before
    /// the <c>@</c>; null when <paramref name="value"/> is not an e-mail address.
    /// </summary>
    public static string? Email(string value)
    {
        var email = value.Trim().ToLowerInvariant();
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1)
        {
            return null;
        }

        var domain = email.AsSpan(at + 1);
        if (domain is not ("gmail.com" or "googlemail.com"))
        {
            return email;
        }

        return string.Concat(email.AsSpan(0, at).ToString().Replace(".", "", StringComparison.Ordinal), email.AsSpan(at));
    }

    /// <summary>
    /// <c>+</c> and the digits of a number typed with its country code (<c>+44 7700 900123</c>, <c>0044 7700 900123</c>,
    /// <c>1 (555) 010-9999</c>); null when <paramref name="value"/> holds anything but digits and phone punctuation,
    /// or too few or too many digits. A national number (<c>07700 900123</c>) has no E.164 form without its country,
    /// which the value does not say, so none is made.
    /// </summary>
    public static string? Phone(string value)
    {
        var trimmed = value.AsSpan().Trim();
        var international = trimmed.StartsWith('+');
        var digits = new StringBuilder(16).Append('+');
        foreach (var c in international ? trimmed[1..] : trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '/'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (!international)
        {
            // "00" is the international call prefix; a single leading 0 is a national trunk prefix, without a country.
            if (number.StartsWith("+00", StringComparison.Ordinal))
            {
                number = "+" + number[3..];
            }
            else if (number.StartsWith("+0", StringComparison.Ordinal))
            {
                return null;
            }
        }

        var count = number.Length - 1;
        return count is >= MinimumPhoneDigits and <= MaximumPhoneDigits ? number : null;
    }
}
