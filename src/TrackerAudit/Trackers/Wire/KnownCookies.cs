using System.Collections.Concurrent;
using System.Collections.Frozen;
using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// A tracker's own cookies, sent by the browser with its beacons, as <c>cookie:&lt;name&gt;</c> fields described
/// from the tracker's table. A browser sends the same Cookie header with every beacon of a visit, so each header
/// is read once (bounded cache).
/// </summary>
internal sealed class KnownCookies
{
    public const string PathPrefix = "cookie:";

    private const int MaxCached = 1024;

    private readonly FrozenDictionary<string, KnownField> _known;
    private readonly ConcurrentDictionary<string, TrackerField[]> _cache = new(StringComparer.Ordinal);
    private int _cached;

    public KnownCookies(IDictionary<string, KnownField> known) => _known = known.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<TrackerField> Fields(CapturedRequest request)
    {
        var header = request.Header("cookie");
        if (string.IsNullOrEmpty(header))
        {
            return [];
        }

        if (_cache.TryGetValue(header, out var cached))
        {
            return cached;
        }

        var cookies = CookieHeader.Read(header);
        var fields = new TrackerField[cookies.Count];
        for (var i = 0; i < cookies.Count; i++)
        {
            var (name, value) = cookies[i];
            var info = _known.TryGetValue(name, out var known) ? known : KnownField.Unknown;
            fields[i] = new(PathPrefix + name, value, info.Meaning, info.Sensitivity);
        }

        if (Volatile.Read(ref _cached) < MaxCached && _cache.TryAdd(header, fields))
        {
            Interlocked.Increment(ref _cached);
        }

        return fields;
    }
}
