using TrackerAudit.Capture;
using TrackerAudit.Trackers.Google;

namespace TrackerAudit.Trackers.UniversalAnalytics;

/// <summary>
/// Decodes Universal Analytics (legacy, still seen): hits on <c>/collect</c>, <c>/j/collect</c> and <c>/r/collect</c>
/// with their parameters in the query or a form body; their DoubleClick (<c>stats.g.doubleclick.net</c>) and
/// remarketing-audiences (<c>ads/ga-audiences</c>) copies as Duplicates; and loads of <c>analytics.js</c>.
/// </summary>
internal sealed class UniversalAnalyticsDecoder : ITrackerDecoder
{
    private const string NoHitType = "(no hit type)";

    /// <summary>Who Universal Analytics is, for its events.</summary>
    internal static Tracker Identity { get; } = new("universal-analytics", "Google Universal Analytics");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["www.google-analytics.com", "ssl.google-analytics.com", "stats.g.doubleclick.net"];

    public bool CanDecode(CapturedRequest request) => UniversalAnalyticsEndpoints.Classify(request.Url) != UniversalAnalyticsEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = UniversalAnalyticsEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            if (endpoint == UniversalAnalyticsEndpoint.None)
            {
                return DecodeResult.Undecoded("not a Universal Analytics URL");
            }

            var trackerEvent = Build(request, endpoint, warnings);
            return new DecodeResult([trackerEvent], warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Universal Analytics decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    private static TrackerEvent Build(CapturedRequest request, UniversalAnalyticsEndpoint endpoint, List<string> warnings)
    {
        var parameters = GoogleQuery.Read(request, warnings);
        var cookies = GoogleCookies.Fields(request);
        string? tid = null, t = null, dl = null, dr = null, dt = null, dp = null, ec = null, ea = null, v = null, id = null;
        var fields = new GoogleFields(parameters.Count + cookies.Count + 4, warnings);
        foreach (var (key, value) in parameters)
        {
            fields.Add(key, value, UniversalAnalyticsParameters.Describe(key));
            switch (key)
            {
                case "tid": tid ??= value; break;
                case "t": t ??= value; break;
                case "dl": dl ??= value; break;
                case "dr": dr ??= value; break;
                case "dt": dt ??= value; break;
                case "dp": dp ??= value; break;
                case "ec": ec ??= value; break;
                case "ea": ea ??= value; break;
                case "_v": v ??= value; break;
                case "id": id ??= value; break;
            }
        }

        fields.AddRange(cookies);
        if (endpoint == UniversalAnalyticsEndpoint.Library)
        {
            return new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = TrackerEventKind.Library,
                AccountId = id,
                Name = "library loaded",
                NameParameter = "path",
                Fields = fields.Fields,
                RawParameters = parameters,
                Warnings = [.. warnings],
            };
        }

        if (string.IsNullOrEmpty(tid))
        {
            warnings.Add("tid missing: the Universal Analytics property is unknown");
        }

        if (string.IsNullOrEmpty(t))
        {
            warnings.Add("t missing: the hit type is unknown");
        }

        var (name, nameParameter) = Name(t, ec, ea);
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint is UniversalAnalyticsEndpoint.DoubleClickMirror or UniversalAnalyticsEndpoint.AudiencesMirror
                ? TrackerEventKind.Duplicate
                : TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(tid) ? null : tid,
            Name = name,
            NameParameter = nameParameter,
            Meaning = t switch
            {
                "pageview" or "screenview" => EventMeaning.PageView,
                "transaction" or "item" => EventMeaning.Conversion,
                _ => EventMeaning.Custom,
            },
            Transport = request.ResourceType switch { "ping" => "sendBeacon", "xhr" => "xhr", "fetch" => "fetch", _ => request.Method },
            PageUrl = dl ?? dp,
            Referrer = dr,
            PageTitle = dt,
            LibraryVersion = v,
            Fields = fields.Fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }

    // An event is known by its category and action as the site set them; any other hit by its type.
    private static (string Name, string Parameter) Name(string? t, string? ec, string? ea)
    {
        if (t == "event" && (!string.IsNullOrEmpty(ec) || !string.IsNullOrEmpty(ea)))
        {
            return string.IsNullOrEmpty(ec) ? (ea!, "ea") : string.IsNullOrEmpty(ea) ? (ec, "ec") : ($"{ec} / {ea}", "ec/ea");
        }

        return (string.IsNullOrEmpty(t) ? NoHitType : t, "t");
    }
}
