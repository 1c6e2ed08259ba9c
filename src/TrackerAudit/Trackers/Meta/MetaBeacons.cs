using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Decodes event beacons (<c>/tr</c>) and their Privacy Sandbox copies: one event per request, or one per
/// <c>events[]</c> entry of a batch.
/// </summary>
internal static class MetaBeacons
{
    private const string BatchEventKey = "events[]";
    private const string NoEventName = "(no event name)";

    public static List<TrackerEvent> Decode(CapturedRequest request, MetaEndpoint endpoint, List<string> warnings)
    {
        var wireWarnings = new List<string>();
        var parameters = WireParameters.Read(request, wireWarnings, out var bodyFormat);
        if (request.Method == "POST" && bodyFormat == WireBodyFormat.None)
        {
            wireWarnings.Add("body: POST without a body; only the query was read");
        }

        if (parameters.Count == 0)
        {
            wireWarnings.Add("no parameters in the query or the body");
        }

        var cookies = MetaCookies.Fields(request);
        var batch = BatchEvents(parameters, wireWarnings);
        warnings.AddRange(wireWarnings);
        var inferred = InferTransport(request, bodyFormat, isBatch: batch is not null);
        var events = new List<TrackerEvent>(batch?.Count ?? 1);
        foreach (var eventParameters in batch ?? [parameters])
        {
            var eventWarnings = new List<string>(wireWarnings);
            events.Add(Build(request, endpoint, eventParameters, cookies, inferred, eventWarnings));
            foreach (var warning in eventWarnings.Skip(wireWarnings.Count))
            {
                warnings.Add(warning);
            }
        }

        return events;
    }

    // Batch mode (batch=1&events[]=<param string>&events[]=...): each entry is one event's own query string.
    // Parameters outside the entries apply to every event and follow the event's own.
    private static List<List<KeyValuePair<string, string>>>? BatchEvents(List<KeyValuePair<string, string>> parameters, List<string> warnings)
    {
        var entries = 0;
        foreach (var (key, _) in parameters)
        {
            if (key == BatchEventKey)
            {
                entries++;
            }
        }

        if (entries == 0)
        {
            return null;
        }

        var shared = parameters.Where(p => p.Key != BatchEventKey).ToList();
        var events = new List<List<KeyValuePair<string, string>>>(entries);
        foreach (var (key, value) in parameters)
        {
            if (key == BatchEventKey)
            {
                var own = new List<KeyValuePair<string, string>>(32 + shared.Count);
                UrlEncodedReader.Read(value, own, warnings, $"events[{events.Count}]");
                own.AddRange(shared);
                events.Add(own);
            }
        }

        return events;
    }

    private static TrackerEvent Build(
        CapturedRequest request,
        MetaEndpoint endpoint,
        List<KeyValuePair<string, string>> parameters,
        IReadOnlyList<TrackerField> cookies,
        string inferredTransport,
        List<string> warnings)
    {
        string? id = null, ev = null, dl = null, rl = null, ts = null, v = null, rqm = null, pmdTitle = null, buttonText = null;
        var fields = new MetaFields(parameters.Count + cookies.Count + 8, warnings);
        foreach (var (key, value) in parameters)
        {
            fields.Add(key, value);
            switch (key)
            {
                case "id": Keep(ref id, key, value, warnings); break;
                case "ev": Keep(ref ev, key, value, warnings); break;
                case "dl": Keep(ref dl, key, value, warnings); break;
                case "rl": Keep(ref rl, key, value, warnings); break;
                case "ts": Keep(ref ts, key, value, warnings); break;
                case "v": Keep(ref v, key, value, warnings); break;
                case "rqm": Keep(ref rqm, key, value, warnings); break;
                case "pmd[title]": Keep(ref pmdTitle, key, value, warnings); break;
                case "cd[buttonText]": Keep(ref buttonText, key, value, warnings); break;
            }
        }

        fields.AddRange(cookies);
        if (string.IsNullOrEmpty(id) && endpoint != MetaEndpoint.TopicsRegistration)
        {
            warnings.Add("id missing: the pixel (advertiser account) is unknown");
        }

        if (string.IsNullOrEmpty(ev) && endpoint != MetaEndpoint.TopicsRegistration)
        {
            warnings.Add("ev missing: the event name is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = MetaPixelDecoder.Identity,
            Kind = endpoint == MetaEndpoint.Beacon ? TrackerEventKind.Beacon : TrackerEventKind.Duplicate,
            AccountId = string.IsNullOrEmpty(id) ? null : id,
            Name = !string.IsNullOrEmpty(ev) ? ev : endpoint == MetaEndpoint.TopicsRegistration ? "topics registration" : NoEventName,
            NameParameter = "ev",
            Meaning = MetaEvents.Meaning(ev),
            ClickedText = buttonText,
            Transport = string.IsNullOrEmpty(rqm) ? inferredTransport : rqm,
            PageUrl = dl,
            Referrer = rl,
            PageTitle = pmdTitle ?? fields.PageFeaturesTitle ?? fields.MicrodataTitle,
            EventTime = EventTime(ts, warnings),
            LibraryVersion = v,
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

    private static DateTimeOffset? EventTime(string? ts, List<string> warnings)
    {
        if (ts is null)
        {
            return null;
        }

        if (long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        warnings.Add($"ts: '{UrlEncodedReader.Shorten(ts)}' is not a time in ms since 1970");
        return null;
    }

    // Used only when the request does not say (no rqm): Playwright's resource type tells sendBeacon ("ping"),
    // XHR and fetch apart; a form posted into an iframe is a document load.
    private static string InferTransport(CapturedRequest request, WireBodyFormat bodyFormat, bool isBatch)
    {
        if (isBatch)
        {
            return "xhr";
        }

        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return "GET";
        }

        return request.ResourceType switch
        {
            "ping" => "SB",
            "xhr" => "xhr",
            "fetch" => "fetch",
            "document" => "formPOST",
            _ => bodyFormat switch
            {
                WireBodyFormat.UrlEncoded => "formPOST",
                WireBodyFormat.Multipart => "SB",
                _ => request.Method,
            },
        };
    }
}
