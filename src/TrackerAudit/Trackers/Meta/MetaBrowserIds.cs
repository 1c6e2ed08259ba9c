using System.Globalization;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Reads the creation time out of <c>fbp</c> (<c>fb.1.&lt;ms&gt;.&lt;random&gt;</c>) and <c>fbc</c>
/// (<c>fb.1.&lt;ms&gt;.&lt;fbclid&gt;</c>): it says since when Meta has known this browser.
/// </summary>
internal static class MetaBrowserIds
{
    /// <summary>The meaning with the id's creation time added, or the meaning unchanged when the value has none.</summary>
    public static string? WithCreationTime(string? meaning, string value)
    {
        var parts = value.AsSpan();
        Span<Range> ranges = stackalloc Range[5];
        var count = parts.Split(ranges, '.');
        if (count < 4 || !parts[ranges[0]].SequenceEqual("fb")
            || !long.TryParse(parts[ranges[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return meaning;
        }

        var created = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{meaning}; created {created}";
    }
}
