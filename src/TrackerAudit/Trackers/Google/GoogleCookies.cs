using System.Collections.Concurrent;
using System.Collections.Frozen;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Google;

/// <summary>
/// The cookies a browser sends with a Google beacon: Google's own (<c>IDE</c> on doubleclick.net, <c>NID</c> and
/// the account cookies on google.com), and, when a tag is served from the site's own domain (server-side
/// tagging), the site's first-party <c>_ga</c>, <c>_ga_&lt;container&gt;</c> and <c>_gcl_*</c> cookies.
/// </summary>
internal static class GoogleCookies
{
    public const string PathPrefix = "cookie:";

    private static readonly FrozenDictionary<string, GoogleParameterInfo> Known = new Dictionary<string, GoogleParameterInfo>
    {
        ["_ga"] = new("Google Analytics client id (first-party _ga cookie, GA1.<n>.<random>.<first visit>)", Identifier),
        ["_gid"] = new("Google Analytics daily client id (first-party _gid cookie)", Identifier),
        ["_gat"] = new("Google Analytics request throttle", None),
        ["_gcl_au"] = new("Google Ads / Floodlight first-party browser id (_gcl_au)", Identifier),
        ["_gcl_aw"] = new("Google Ads click id (gclid) of the ad click that brought the visitor", Identifier),
        ["_gcl_dc"] = new("DoubleClick click id of the ad click that brought the visitor", Identifier),
        ["_gcl_gb"] = new("Google Ads click id (braid) of the ad click that brought the visitor", Identifier),
        ["IDE"] = new("DoubleClick advertising id of the browser (doubleclick.net cookie)", Identifier),
        ["DSID"] = new("DoubleClick id linked to a signed-in Google account", Identifier),
        ["test_cookie"] = new("DoubleClick check that third-party cookies are allowed", Low),
        ["ar_debug"] = new("Attribution Reporting debug flag", Low),
        ["NID"] = new("Google preferences and advertising id (google.com cookie)", Identifier),
        ["AEC"] = new("Google anti-abuse cookie", Low),
        ["1P_JAR"] = new("Google advertising statistics cookie", Low),
        ["SOCS"] = new("the visitor's Google cookie-consent choice", Low),
        ["CONSENT"] = new("the visitor's Google cookie-consent choice", Low),
        ["SID"] = new("Google account sign-in session", Identifier),
        ["HSID"] = new("Google account sign-in session", Identifier),
        ["SSID"] = new("Google account sign-in session", Identifier),
        ["APISID"] = new("Google account sign-in session", Identifier),
        ["SAPISID"] = new("Google account sign-in session", Identifier),
        ["__Secure-3PSID"] = new("Google account sign-in session, sent to third parties (for ads)", Identifier),
        ["__Secure-3PAPISID"] = new("Google account sign-in session, sent to third parties (for ads)", Identifier),
        ["__Secure-ENID"] = new("Google preferences and advertising id", Identifier),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MaxCached = 1024;

    // A browser sends the same Cookie header with every beacon of a visit: read each header once.
    private static readonly ConcurrentDictionary<string, TrackerField[]> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    /// <summary>One field per cookie the request carried.</summary>
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
            var info = Describe(name);
            fields[i] = new(PathPrefix + name, value, info.Meaning, info.Sensitivity);
        }

        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(header, fields))
        {
            Interlocked.Increment(ref _cached);
        }

        return fields;
    }

    /// <summary>The name of the GA4 session cookie of a measurement id: <c>_ga_ABC123</c> for <c>G-ABC123</c>.</summary>
    public static string? SessionCookie(string? measurementId) =>
        measurementId is { Length: > 2 } id && id.StartsWith("G-", StringComparison.Ordinal) ? "_ga_" + id[2..] : null;

    private static GoogleParameterInfo Describe(string name)
    {
        if (Known.TryGetValue(name, out var known))
        {
            return known;
        }

        return name.StartsWith("_ga_", StringComparison.Ordinal)
            ? new("Google Analytics 4 session of one property (first-party _ga_<container> cookie: session id, count, engagement)", Identifier)
            : GoogleParameterInfo.Unknown;
    }
}
