using System.Globalization;

namespace TrackerAudit.Trackers.Wire;

/// <summary>Reads the event times trackers send (milliseconds since 1970, ISO 8601); a bad one is a warning, never an exception.</summary>
internal static class WireTimes
{
    public static DateTimeOffset? FromUnixMilliseconds(string? text, string key, List<string> warnings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        warnings.Add($"{key}: '{UrlEncodedReader.Shorten(text)}' is not a time in ms since 1970");
        return null;
    }

    public static DateTimeOffset? FromIso(string? text, string key, List<string> warnings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        warnings.Add($"{key}: '{UrlEncodedReader.Shorten(text)}' is not an ISO 8601 time");
        return null;
    }
}
