using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.HubSpot;

/// <summary>
/// Decodes the tracking code's GET images on <c>track.hubspot.com</c>: page views (<c>__ptq.gif</c>), behavioural
/// events (<c>__ptbe.gif</c>) and clicks (<c>__ptc.gif</c>). When the beacon carries an <c>identify</c> payload
/// (<c>i</c>, a query string in cleartext), that is a second event of meaning Identify, holding those fields.
/// </summary>
internal static class HubSpotBeacons
{
    private const string IdentifyParameter = "i";

    public static List<TrackerEvent> Decode(CapturedRequest request, HubSpotEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var fields = new List<TrackerField>(parameters.Count);
        string? account = null, k = null, n = null, page = null, title = null, referrer = null, time = null, version = null, clicked = null, identify = null;
        foreach (var (key, value) in parameters)
        {
            if (key == IdentifyParameter)
            {
                identify ??= value;
                continue;
            }

            var info = HubSpotParameters.Describe(key);
            fields.Add(new(key, value, info.Meaning, info.Sensitivity, HubSpotParameters.CookieOf(key)));
            switch (key)
            {
                case "a": account ??= value; break;
                case "k": k ??= value; break;
                case "n" or "id": n ??= value; break;
                case "pu": page ??= value; break;
                case "t": title ??= value; break;
                case "r": referrer ??= value; break;
                case "cts": time ??= value; break;
                case "v": version ??= value; break;
                case "_hs_element_text": clicked ??= value; break;
            }
        }

        if (string.IsNullOrEmpty(account))
        {
            warnings.Add("a missing: the HubSpot portal (account) is unknown");
        }

        var (name, nameParameter, meaning) = endpoint switch
        {
            HubSpotEndpoint.Click => ("click", "path", EventMeaning.Click),
            HubSpotEndpoint.BehaviouralEvent => (string.IsNullOrEmpty(n) ? NoName(warnings, "n") : n, "n", EventMeaning.Custom),
            _ => KindName(k, warnings),
        };
        var beacon = new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = HubSpotDecoder.Identity,
            Kind = TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(account) ? null : account,
            Name = name,
            NameParameter = nameParameter,
            Meaning = meaning,
            ClickedText = clicked,
            Transport = "GET",
            PageUrl = page,
            Referrer = referrer,
            PageTitle = title,
            EventTime = EventTime(time, warnings),
            LibraryVersion = version,
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
        return identify is null ? [beacon] : [beacon, Identify(beacon, identify, warnings)];
    }

    // identify() rides in i as a URL-encoded query string: email=...&firstname=... (reference 1.12, "Identity").
    private static TrackerEvent Identify(TrackerEvent beacon, string payload, List<string> warnings)
    {
        var inner = new List<KeyValuePair<string, string>>(8);
        UrlEncodedReader.Read(payload, inner, warnings, IdentifyParameter);
        var (meaning, sensitivity) = HubSpotParameters.Describe(IdentifyParameter);
        var fields = new List<TrackerField>(inner.Count + 1) { new(IdentifyParameter, payload, meaning, sensitivity) };
        foreach (var (key, value) in inner)
        {
            var contact = HubSpotParameters.DescribeContact(key);
            fields.Add(new(WireStrings.Of(string.Concat("i.", key)), value, contact.Meaning, contact.Sensitivity));
        }

        return beacon with
        {
            Name = "identify",
            NameParameter = IdentifyParameter,
            Meaning = EventMeaning.Identify,
            ClickedText = null,
            Fields = fields,
            RawParameters = [new(IdentifyParameter, payload)],
            Warnings = [.. warnings],
        };
    }

    private static (string Name, string NameParameter, EventMeaning Meaning) KindName(string? k, List<string> warnings) => k switch
    {
        "1" => ("page view", "k", EventMeaning.PageView),
        "15" => ("form view", "k", EventMeaning.Form),
        "14" => ("feed view", "k", EventMeaning.Custom),
        null or "" => (NoName(warnings, "k"), "k", EventMeaning.Custom),
        _ => (WireStrings.Of(string.Concat("k=", k)), "k", EventMeaning.Custom),
    };

    private static string NoName(List<string> warnings, string parameter)
    {
        warnings.Add($"{parameter} missing: the event is unknown");
        return "(no event name)";
    }

    private static DateTimeOffset? EventTime(string? ms, List<string> warnings)
    {
        if (ms is null)
        {
            return null;
        }

        if (long.TryParse(ms, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(value);
        }

        warnings.Add($"cts: '{UrlEncodedReader.Shorten(ms)}' is not a time in ms since 1970");
        return null;
    }
}
