using System.Collections.Concurrent;
using System.Collections.Frozen;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Meta's own cookies, sent by the browser with each beacon: <c>c_user</c> names the logged-in Facebook
/// account, so an event that carries it is tied to a person.
/// </summary>
internal static class MetaCookies
{
    public const string PathPrefix = "cookie:";

    private static readonly FrozenDictionary<string, MetaParameterInfo> Known = new Dictionary<string, MetaParameterInfo>
    {
        ["c_user"] = new("Facebook account id of the logged-in person", Identifier),
        ["xs"] = new("Facebook login session (with c_user, proves who is logged in)", Identifier),
        ["fr"] = new("Facebook advertising cookie: browser and account id used for ads", Identifier),
        ["datr"] = new("Facebook browser id, set on the first visit to Facebook", Identifier),
        ["sb"] = new("Facebook browser id, set when a browser logs in", Identifier),
        ["_fbp"] = new("Meta browser id (first-party _fbp cookie)", Identifier),
        ["_fbc"] = new("Meta click id (first-party _fbc cookie)", Identifier),
        ["wd"] = new("browser window size", Fingerprint),
        ["dpr"] = new("device pixel ratio", Fingerprint),
        ["locale"] = new("Facebook language setting", Low),
        ["presence"] = new("Facebook chat presence state", Low),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MaxCached = 1024;

    // A browser sends the same Cookie header with every beacon of a visit: read each header once.
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

        var cookies = CookieHeader.Read(header);
        var fields = new TrackerField[cookies.Count];
        for (var i = 0; i < cookies.Count; i++)
        {
            var (name, value) = cookies[i];
            var info = Known.TryGetValue(name, out var known) ? known : MetaParameterInfo.Unknown;
            fields[i] = new(PathPrefix + name, value, info.Meaning, info.Sensitivity);
        }

        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(header, fields))
        {
            Interlocked.Increment(ref _cached);
        }

        return fields;
    }
}
