using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Matomo;

/// <summary>
/// Decodes Matomo (formerly Piwik), self-hosted on any host and path or on <c>*.matomo.cloud</c>: GET and POST
/// <c>matomo.php</c> / <c>piwik.php</c> requests, and bulk bodies <c>{"requests":["?idsite=..", ...]}</c>, one
/// event per entry (tracker-protocols-more.md, section 1.17).
/// </summary>
internal sealed class MatomoDecoder : ITrackerDecoder
{
    /// <summary>Who Matomo is, for its events.</summary>
    internal static Tracker Identity { get; } = new("matomo", "Matomo");

    public Tracker Tracker => Identity;

    // Self-hosted Matomo runs on the site's own hosts, and Matomo Cloud on one host per customer (<name>.matomo.cloud,
    // next to cdn.matomo.cloud serving the library): no host can be named without stubbing a site or the library.
    public IReadOnlyList<string> EndpointHosts { get; } = [];

    public bool CanDecode(CapturedRequest request)
    {
        var url = request.Url;
        var path = UrlParts.Path(url);
        if (!path.EndsWith("/matomo.php", StringComparison.OrdinalIgnoreCase) && !path.EndsWith("/piwik.php", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A script of that name is not enough: a tracking request always names its site, in the query or the body.
        return HasSite(UrlParts.Query(url)) || (request.BodyText is { } body && HasSite(body));
    }

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var body = WireParameters.BodyText(request, warnings);
        if (body is not null && JsonFlattener.LooksLikeJson(body))
        {
            return MatomoBulk.Decode(request, body, warnings);
        }

        var parameters = WireParameters.Read(request, warnings);
        var trackerEvent = ToEvent(request, parameters, warnings);
        return new DecodeResult([trackerEvent], warnings);
    }

    /// <summary>One tracking request's parameters as one event.</summary>
    internal static TrackerEvent ToEvent(CapturedRequest request, List<KeyValuePair<string, string>> parameters, List<string> warnings)
    {
        var fields = new List<TrackerField>(parameters.Count);
        string? site = null, title = null, page = null, referrer = null;
        string? category = null, action = null, search = null, link = null, download = null, goal = null, contentInteraction = null;
        var ping = false;
        DateTimeOffset? time = null;
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = MatomoParameters.Describe(key);
            fields.Add(new(key, value, meaning, sensitivity, MatomoParameters.CookieOf(key)));
            switch (key)
            {
                case "idsite": site ??= value; break;
                case "action_name": title ??= value; break;
                case "url": page ??= value; break;
                case "urlref": referrer ??= value; break;
                case "e_c": category ??= value; break;
                case "e_a": action ??= value; break;
                case "search": search ??= value; break;
                case "link": link ??= value; break;
                case "download": download ??= value; break;
                case "idgoal": goal ??= value; break;
                case "c_i": contentInteraction ??= value; break;
                case "ping": ping = value == "1"; break;
                case "cdt": time ??= Time(value); break;
                case "cvar" or "_cvar" or "ec_items" or "uadata" when JsonFlattener.LooksLikeJson(value):
                    AddJson(key, value, sensitivity, fields, warnings);
                    break;
            }
        }

        if (site is null)
        {
            warnings.Add("idsite: the request names no site");
        }

        // What kind of request it is, in Matomo's words, and which parameter says so.
        var (name, nameParameter, meaning2) =
            action is not null ? (action, "e_a", EventMeaning.Custom)
            : category is not null ? (category, "e_c", EventMeaning.Custom)
            : search is not null ? ("site search", "search", EventMeaning.Custom)
            : link is not null ? ("outlink", "link", EventMeaning.Click)
            : download is not null ? ("download", "download", EventMeaning.Click)
            : contentInteraction is not null ? (contentInteraction, "c_i", EventMeaning.Click)
            : goal is not null ? (goal == "0" ? "ecommerce order" : "goal", "idgoal", EventMeaning.Conversion)
            : ping ? ("ping", "ping", EventMeaning.Custom)
            : ("pageview", "action_name", EventMeaning.PageView);

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            AccountId = site,
            Name = name,
            NameParameter = nameParameter,
            Meaning = meaning2,
            PageUrl = page,
            Referrer = referrer,
            PageTitle = title,
            EventTime = time,
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }

    private static void AddJson(string key, string value, FieldSensitivity sensitivity, List<TrackerField> fields, List<string> warnings)
    {
        var leaves = new List<KeyValuePair<string, string>>();
        if (JsonFlattener.Flatten(key, value, leaves) is { } problem)
        {
            warnings.Add($"{key}: {problem}; raw value kept");
        }

        foreach (var (path, leaf) in leaves)
        {
            fields.Add(new(path, leaf, "part of " + key, sensitivity));
        }
    }

    // cdt is a Unix time in seconds or "YYYY-MM-DD HH:MM:SS" in UTC.
    private static DateTimeOffset? Time(string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 253402300800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    private static bool HasSite(ReadOnlySpan<char> text) =>
        text.StartsWith("idsite=", StringComparison.Ordinal) || text.Contains("&idsite=", StringComparison.Ordinal)
        || text.Contains("?idsite=", StringComparison.Ordinal);
}
