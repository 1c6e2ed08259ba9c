using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Pinterest;

/// <summary>
/// Decodes one Pinterest Tag hit: <c>/v3/</c> events and <c>/user/</c> hits, whose <c>ed</c>, <c>pd</c> and <c>ad</c>
/// are JSON inside query values (or the noscript form's <c>ed[value]</c>, <c>pd[em]</c>), and <c>/md/</c>, the page's
/// URL and meta tags posted as JSON (reference section 1.10).
/// </summary>
internal static class PinterestBeacon
{
    private const string CookiePrefix = "cookie:";

    public static TrackerEvent Decode(CapturedRequest request, PinterestEndpoint endpoint, List<string> warnings)
    {
        var raw = new List<KeyValuePair<string, string>>(16);
        UrlEncodedReader.Read(UrlParts.Query(request.Url), raw, warnings, "query");
        var body = WireParameters.BodyText(request, warnings);
        if (!string.IsNullOrEmpty(body))
        {
            if (JsonFlattener.LooksLikeJson(body))
            {
                ReadJsonBody(body, raw, warnings);
            }
            else
            {
                UrlEncodedReader.Read(body.AsSpan().TrimEnd("\r\n"), raw, warnings, "body");
            }
        }

        var fields = new List<TrackerField>(raw.Count * 2);
        string? tid = null, name = null, page = null, referrer = null;
        foreach (var (key, value) in raw)
        {
            var path = PinterestParameters.Normalize(key);
            Add(fields, path, value);
            if (path is "ed" or "pd" or "ad" && JsonFlattener.LooksLikeJson(value))
            {
                var leaves = new List<KeyValuePair<string, string>>(8);
                var problem = JsonFlattener.Flatten(path, value, leaves);
                if (problem is not null)
                {
                    warnings.Add($"{path}: {problem}; raw value kept");
                }

                foreach (var (leafPath, leaf) in leaves)
                {
                    Add(fields, leafPath, leaf);
                }
            }
        }

        foreach (var field in fields)
        {
            switch (field.Path)
            {
                case "tid": tid ??= field.Value; break;
                case "event": name ??= field.Value; break;
                case "ad.loc" or "urls.loc": page ??= field.Value; break;
                case "ad.ref": referrer ??= field.Value; break;
            }
        }

        AddCookies(request, fields);
        if (string.IsNullOrEmpty(tid) && endpoint != PinterestEndpoint.Metadata)
        {
            warnings.Add("tid missing: the Pinterest tag (advertiser account) is unknown");
        }

        var (eventName, nameParameter, meaning) = endpoint switch
        {
            PinterestEndpoint.User => ("user data", "path", EventMeaning.Identify),
            PinterestEndpoint.Metadata => ("page metadata", "path", EventMeaning.Custom),
            _ when string.IsNullOrEmpty(name) => (NoName(warnings), "event", EventMeaning.Custom),
            _ => (name, "event", PinterestEvents.Meaning(name)),
        };
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = PinterestDecoder.Identity,
            Kind = TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(tid) ? null : tid,
            Name = eventName,
            NameParameter = nameParameter,
            Meaning = meaning,
            Transport = request.Method == "GET" ? "GET" : request.ResourceType is "xhr" or "fetch" or "ping" ? request.ResourceType : request.Method,
            PageUrl = page,
            Referrer = referrer,
            Fields = fields,
            RawParameters = raw,
            Warnings = [.. warnings],
        };
    }

    private static void ReadJsonBody(string body, List<KeyValuePair<string, string>> raw, List<string> warnings)
    {
        var leaves = new List<KeyValuePair<string, string>>(16);
        var problem = JsonFlattener.Flatten("", body, leaves);
        if (problem is not null)
        {
            warnings.Add("body: " + problem);
        }

        foreach (var (path, value) in leaves)
        {
            raw.Add(new(path.StartsWith('.') ? WireStrings.Of(path.AsSpan(1)) : path, value));
        }
    }

    private static void Add(List<TrackerField> fields, string path, string value)
    {
        var (meaning, sensitivity) = PinterestParameters.Describe(path);
        fields.Add(new(path, value, meaning, sensitivity, PinterestParameters.CookieOf(path)));
    }

    private static string NoName(List<string> warnings)
    {
        warnings.Add("event missing: the event name is unknown");
        return "(no event name)";
    }

    private static void AddCookies(CapturedRequest request, List<TrackerField> fields)
    {
        var header = request.Header("cookie");
        if (string.IsNullOrEmpty(header))
        {
            return;
        }

        foreach (var (name, value) in CookieHeader.Read(header))
        {
            var (meaning, sensitivity) = PinterestParameters.DescribeCookie(name);
            fields.Add(new(CookiePrefix + name, value, meaning, sensitivity, name is "_epik" or "_pin_unauth" ? name : null));
        }
    }
}
