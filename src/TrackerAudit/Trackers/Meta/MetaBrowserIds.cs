using System.Collections.Concurrent;
using System.Globalization;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Reads the creation time out of <c>fbp</c> (<c>fb.1.&lt;ms&gt;.&lt;random&gt;</c>) and <c>fbc</c>
/// (<c>fb.1.&lt;ms&gt;.&lt;fbclid&gt;</c>): it says since when Meta has known this browser.
/// </summary>
internal static class MetaBrowserIds
{
    private const int MaxCached = 1024;

    // A browser keeps its fbp for the whole journey: format each id's time once.
    private static readonly ConcurrentDictionary<(string? Meaning, string Value), string?> Cache = new();

    public static string? WithCreationTime(string? meaning, string value)
    {
        if (Cache.TryGetValue((meaning, value), out var cached))
        {
            return cached;
        }

        var described = Describe(meaning, value);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd((meaning, value), described);
        }

        return described;
    }

    private static string? Describe(string? meaning, string value)
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
