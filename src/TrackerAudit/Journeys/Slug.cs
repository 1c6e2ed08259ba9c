using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Journeys;

/// <summary>Makes names safe and short for file names.</summary>
internal static class Slug
{
    public static string Of(string text, int maxLength = 40)
    {
        var slug = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text.ToLowerInvariant())
        {
            if (slug.Length >= maxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "x" : result;
    }

    /// <summary>
    /// A slug that stays apart from every other text's: names that differ only after the cut, or only in
    /// punctuation (a journey's repetitions and consent variants), get different slugs.
    /// </summary>
    public static string Unique(string text) =>
        Of(text) + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];
}
