using System.Text;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// One spelling for categories whatever list they come from, so that an expectation's
/// <c>categories: [advertising]</c> matches them all: lower case, words joined by <c>-</c>
/// (Disconnect's <c>FingerprintingInvasive</c> is <c>fingerprinting-invasive</c>, Tracker Radar's
/// <c>Ad Motivated Tracking</c> is <c>ad-motivated-tracking</c>), and third-party-web's <c>ad</c> is
/// <c>advertising</c> as in Disconnect and Tracker Radar.
/// </summary>
internal static class CategoryNames
{
    /// <summary>The category of every host a filter list (EasyPrivacy-style) names.</summary>
    public const string Tracking = "tracking";

    /// <summary>The category in TrackerAudit's spelling; null for a blank one.</summary>
    public static string? Normalise(string? category)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return null;
        }

        var text = new StringBuilder(category.Length + 4);
        var previous = ' ';
        foreach (var c in category.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsUpper(c) && char.IsLower(previous))
                {
                    text.Append('-');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }

            previous = c;
        }

        var name = text.ToString().Trim('-');
        return name switch
        {
            "" => null,
            "ad" or "ads" => "advertising",
            _ => name,
        };
    }
}
