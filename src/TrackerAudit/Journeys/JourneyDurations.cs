using System.Globalization;
using System.Text.RegularExpressions;

namespace TrackerAudit.Journeys;

internal static partial class JourneyDurations
{
    public const string Expected = "a duration such as 500ms, 2s, 1.5s, 1m, or a whole number of milliseconds";

    // Playwright takes timeouts as milliseconds; anything longer than int.MaxValue ms (about 24 days) is a typo.
    private const decimal MaxMilliseconds = int.MaxValue;

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
            return false;

        var unit = match.Groups["unit"].Value;
        var number = match.Groups["number"].Value;
        if (unit.Length == 0 && number.Contains('.', StringComparison.Ordinal))
            return false;

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;

        var milliseconds = unit switch
        {
            "m" => value * 60_000m,
            "s" => value * 1_000m,
            _ => value,
        };
        if (milliseconds <= 0 || milliseconds > MaxMilliseconds)
            return false;

        duration = TimeSpan.FromMilliseconds((double)milliseconds);
        return true;
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(?:\.[0-9]+)?)(?<unit>ms|s|m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
