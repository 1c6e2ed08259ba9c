using System.Collections.Concurrent;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// One shared <see cref="TrackerField"/> for each short path and value a tracker sends again and again (library
/// name, diagnostics, constants, the ids of one visit): fields are immutable, so they are made once instead of once
/// per request. One cache per tracker, since the same path means different things to different trackers; bounded,
/// so a stream of unique values cannot grow it; thread-safe, since journeys decode in parallel.
/// </summary>
internal sealed class FieldCache
{
    private const int MaxCount = 16 * 1024;

    private readonly ConcurrentDictionary<(string Path, string Value), TrackerField> _fields = new();
    private int _count;

    /// <summary>The field for <paramref name="path"/> and <paramref name="value"/>, described by <paramref name="describe"/> when it is new.</summary>
    public TrackerField Get(string path, string value, Func<string, string, KnownField> describe)
    {
        var cacheable = path.Length <= WireStrings.MaxLength && value.Length <= WireStrings.MaxLength;
        if (cacheable && _fields.TryGetValue((path, value), out var cached))
        {
            return cached;
        }

        var info = describe(path, value);
        var field = new TrackerField(path, value, info.Meaning, info.Sensitivity, info.Cookie);
        if (cacheable && Volatile.Read(ref _count) < MaxCount && _fields.TryAdd((path, value), field))
        {
            Interlocked.Increment(ref _count);
        }

        return field;
    }
}
