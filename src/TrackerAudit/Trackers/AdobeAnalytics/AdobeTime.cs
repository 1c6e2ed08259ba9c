using System.Globalization;

namespace TrackerAudit.Trackers.AdobeAnalytics;

/// <summary>
/// Reads AppMeasurement's <c>t</c>, the browser's local time: <c>day/month/year hour:minute:second weekday offset</c>,
/// the month counted from 0 and the offset in minutes west of UTC (JavaScript's <c>getTimezoneOffset</c>).
/// </summary>
internal static class AdobeTime
{
    public static DateTimeOffset? Parse(string value)
    {
        Span<int> parts = stackalloc int[8];
        var count = 0;
        var span = value.AsSpan();
        while (!span.IsEmpty && count < parts.Length)
        {
            var end = span.IndexOfAny('/', ' ', ':');
            var piece = end < 0 ? span : span[..end];
            if (!int.TryParse(piece, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parts[count++]))
            {
                return null;
            }

            span = end < 0 ? [] : span[(end + 1)..];
        }

        if (count < 8 || parts[1] is < 0 or > 11 || parts[7] is < -840 or > 840)
        {
            return null;
        }

        try
        {
            return new DateTimeOffset(parts[2], parts[1] + 1, parts[0], parts[3], parts[4], parts[5], TimeSpan.FromMinutes(-parts[7]));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
