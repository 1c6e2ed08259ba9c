using TrackerAudit.Capture;
using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Ga4;

/// <summary>
/// Decodes GA4 hits: the query holds the parameters every event shares; the body is empty (one event, all in the
/// query) or holds one event per line, each line its own query string whose parameters win over the shared ones
/// (tracker-protocols-more.md §1.1, "Transport").
/// </summary>
internal static class Ga4Beacons
{
    private const string NoEventName = "(no event name)";

    public static List<TrackerEvent> Decode(CapturedRequest request, Ga4Endpoint endpoint, List<string> warnings)
    {
        var wireWarnings = new List<string>();
        var query = UrlParts.Query(request.Url);
        var shared = new List<KeyValuePair<string, string>>(GoogleQuery.Capacity(query, '&'));
        UrlEncodedReader.Read(query, shared, wireWarnings, "query");
        var body = WireParameters.BodyText(request, wireWarnings);
        var cookies = GoogleCookies.Fields(request);
        var transport = Transport(request);
        var kind = endpoint is Ga4Endpoint.SignalsMirror or Ga4Endpoint.AudiencesMirror ? TrackerEventKind.Duplicate : TrackerEventKind.Beacon;
        warnings.AddRange(wireWarnings);

        var events = new List<TrackerEvent>(1);
        if (!string.IsNullOrWhiteSpace(body))
        {
            if (JsonFlattener.LooksLikeJson(body))
            {
                wireWarnings.Add("body: JSON, not GA4's one-event-per-line form; only the query was read");
                warnings.Add(wireWarnings[^1]);
            }
            else
            {
                var lines = body.AsSpan();
                var number = 0;
                while (!lines.IsEmpty)
                {
                    var end = lines.IndexOf('\n');
                    var line = (end < 0 ? lines : lines[..end]).Trim();
                    lines = end < 0 ? [] : lines[(end + 1)..];
                    number++;
                    if (line.IsEmpty)
                    {
                        continue;
                    }

                    var eventWarnings = new List<string>(wireWarnings);
                    var parameters = new List<KeyValuePair<string, string>>(shared.Count + GoogleQuery.Capacity(line, '&'));
                    UrlEncodedReader.Read(line, parameters, eventWarnings, $"body line {number}");
                    AddShared(parameters, shared);
                    events.Add(Build(request, kind, parameters, cookies, transport, eventWarnings));
                    warnings.AddRange(eventWarnings.Skip(wireWarnings.Count));
                }
            }
        }

        if (events.Count == 0)
        {
            var eventWarnings = new List<string>(wireWarnings);
            events.Add(Build(request, kind, shared, cookies, transport, eventWarnings));
            warnings.AddRange(eventWarnings.Skip(wireWarnings.Count));
        }

        return events;
    }

    // The line's own parameters come first and win; a shared one is added only when the line does not set it.
    private static void AddShared(List<KeyValuePair<string, string>> parameters, List<KeyValuePair<string, string>> shared)
    {
        var own = parameters.Count;
        foreach (var pair in shared)
        {
            var overridden = false;
            for (var i = 0; i < own; i++)
            {
                if (string.Equals(parameters[i].Key, pair.Key, StringComparison.Ordinal))
                {
                    overridden = true;
                    break;
                }
            }

            if (!overridden)
            {
                parameters.Add(pair);
            }
        }
    }

    private static TrackerEvent Build(
        CapturedRequest request,
        TrackerEventKind kind,
        List<KeyValuePair<string, string>> parameters,
        IReadOnlyList<TrackerField> cookies,
        string transport,
        List<string> warnings)
    {
        string? tid = null, en = null, dl = null, dr = null, dt = null, linkText = null, gtm = null, conversion = null;
        foreach (var (key, value) in parameters)
        {
            if (key == "tid")
            {
                tid ??= value;
            }
        }

        var sessionCookie = GoogleCookies.SessionCookie(tid);
        var fields = new GoogleFields(parameters.Count + cookies.Count + 8, warnings);
        foreach (var (key, value) in parameters)
        {
            var info = Ga4Parameters.Describe(key);
            fields.Add(key, value, key == "sid" && sessionCookie is not null ? info with { Cookie = sessionCookie } : info);
            switch (key)
            {
                case "en": Keep(ref en, key, value, warnings); break;
                case "dl": Keep(ref dl, key, value, warnings); break;
                case "dr": Keep(ref dr, key, value, warnings); break;
                case "dt": Keep(ref dt, key, value, warnings); break;
                case "gtm": gtm ??= value; break;
                case "_c": conversion ??= value; break;
                case "ep.link_text": linkText ??= value; break;
            }
        }

        fields.AddRange(cookies);
        if (string.IsNullOrEmpty(tid))
        {
            warnings.Add("tid missing: the GA4 property (measurement id) is unknown");
        }

        if (string.IsNullOrEmpty(en) && kind == TrackerEventKind.Beacon)
        {
            warnings.Add("en missing: the event name is unknown");
        }

        var meaning = Ga4Events.Meaning(en, conversion == "1");
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Ga4Decoder.Identity,
            Kind = kind,
            AccountId = string.IsNullOrEmpty(tid) ? null : tid,
            Name = string.IsNullOrEmpty(en) ? NoEventName : en,
            NameParameter = "en",
            Meaning = meaning,
            ClickedText = meaning == EventMeaning.Click ? linkText : null,
            Transport = transport,
            PageUrl = dl,
            Referrer = dr,
            PageTitle = dt,
            LibraryVersion = gtm,
            Fields = fields.Fields,
            RawParameters = parameters,
            Warnings = warnings,
        };
    }

    private static void Keep(ref string? slot, string key, string value, List<string> warnings)
    {
        if (slot is null)
        {
            slot = value;
        }
        else if (slot != value)
        {
            warnings.Add($"{key} sent more than once with different values; the first is used");
        }
    }

    // Playwright's resource type tells sendBeacon ("ping") from a script's request.
    private static string Transport(CapturedRequest request) => request.ResourceType switch
    {
        "ping" => "sendBeacon",
        "xhr" => "xhr",
        "fetch" => "fetch",
        "image" => "GET",
        _ => request.Method,
    };
}
