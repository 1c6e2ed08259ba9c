using System.Collections.Concurrent;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Snap's own cookies, sent by the browser with each request to snapchat.com. <c>sc_at</c> is <c>v2|</c> and base64
/// of gzip; inside is Snap's browser id and when it was set (<c>&lt;uuid&gt;||&lt;seconds&gt;|0</c> in the 2021 captures).
/// </summary>
internal static class SnapCookies
{
    private const string PathPrefix = "cookie:";
    private const int MaxCached = 1024;

    // A browser sends the same Cookie header with every request of a visit: read (and inflate) each header once.
    private static readonly ConcurrentDictionary<string, TrackerField[]> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    public static IReadOnlyList<TrackerField> Fields(CapturedRequest request)
    {
        var header = request.Header("cookie");
        if (string.IsNullOrEmpty(header))
        {
            return [];
        }

        if (Cache.TryGetValue(header, out var cached))
        {
            return cached;
        }

        var fields = new List<TrackerField>();
        foreach (var (name, value) in CookieHeader.Read(header))
        {
            var (meaning, sensitivity) = SnapParameters.DescribeCookie(name);
            fields.Add(new(PathPrefix + name, value, meaning, sensitivity, name == "_scid" ? name : null));
            if (name == "sc_at" && Inflate(value) is { } inside)
            {
                fields.Add(new(PathPrefix + "sc_at.inflated", inside, "inside sc_at (base64 of gzip): Snap browser id || seconds since 1970 when set", sensitivity));
            }
        }

        var made = fields.ToArray();
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(header, made))
        {
            Interlocked.Increment(ref _cached);
        }

        return made;
    }

    private static string? Inflate(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? null : CompressedText.GunzipBase64(value[(bar + 1)..]);
    }
}
