using System.Collections.Concurrent;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// One shared instance for each short string read off the wire. Trackers send the same parameter names and
/// many of the same values (<c>ev</c>, <c>PageView</c>, <c>stable</c>, <c>false</c>, JSON paths) in every
/// request: looked up by their characters, they are allocated once instead of once per request. Bounded, so
/// a stream of unique values cannot grow it; thread-safe, since journeys decode in parallel.
/// </summary>
internal static class WireStrings
{
    internal const int MaxLength = 64;
    internal const int MaxCount = 16 * 1024;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (Lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        if (Volatile.Read(ref _count) < MaxCount && Pool.TryAdd(made, made))
        {
            Interlocked.Increment(ref _count);
        }

        return made;
    }
}
