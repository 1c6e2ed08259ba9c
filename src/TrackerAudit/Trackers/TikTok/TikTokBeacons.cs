using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.TikTok;

/// <summary>
/// Decodes one TikTok payload, an event or an automatic action, flattened to paths (<c>context.page.url</c>,
/// <c>auto_collected_properties.trigger_element.inner_text</c>); the page metadata that arrives as JSON text
/// inside the JSON is flattened once more.
/// </summary>
internal static class TikTokBeacons
{
    private const string MessageParameter = "analytics_message";
    private const string BodyParameter = "body";
    private const string NoEventName = "(no event name)";

    private static readonly FieldCache Cache = new();

    // The flattened payload is only read, never kept (fields keep its strings): one list per thread serves every request.
    [ThreadStatic]
    private static List<KeyValuePair<string, string>>? _scratchLeaves;

    public static TrackerEvent Decode(CapturedRequest request, TikTokEndpoint endpoint, List<string> warnings)
    {
        var leaves = _scratchLeaves ??= new List<KeyValuePair<string, string>>(64);
        leaves.Clear();
        var warningsBefore = warnings.Count;
        var raw = new List<KeyValuePair<string, string>>(1);
        var json = Payload(request, raw, warnings, out var wrapping);
        if (json is not null && JsonBody.Flatten(json, leaves) is { } problem)
        {
            warnings.Add($"body ({wrapping}): {problem}");
        }

        if (json is null && warnings.Count == warningsBefore)
        {
            warnings.Add("no payload: neither a JSON body nor analytics_message");
        }

        var cookies = TikTokCookies.Reader.Fields(request);
        var fields = new List<TrackerField>(raw.Count + leaves.Count + cookies.Count);
        foreach (var (key, value) in raw)
        {
            if (key != MessageParameter && key != BodyParameter)
            {
                fields.Add(Cache.Get(key, value, TikTokFields.Describe));
            }
        }

        string? eventName = null, action = null, code = null, codes = null, url = null, referrer = null, time = null, version = null;
        string? clicked = null, title = null, ogTitle = null;
        for (var i = 0; i < leaves.Count; i++)
        {
            var (path, value) = leaves[i];
            fields.Add(Cache.Get(path, value, TikTokFields.Describe));
            switch (path)
            {
                case "event": eventName ??= value; break;
                case "action": action ??= value; break;
                case "context.pixel.code": code ??= value; break;
                case "context.pixel.codes": codes ??= value; break;
                case "context.page.url": url ??= value; break;
                case "context.page.referrer": referrer ??= value; break;
                case "timestamp": time ??= value; break;
                case "context.library.version": version ??= value; break;
                case TikTokFields.ClickedTextPath: clicked ??= value; break;
            }

            if (TikTokFields.IsNestedJson(path) && JsonFlattener.LooksLikeJson(value))
            {
                AddPageData(path, value, fields, warnings, ref title, ref ogTitle);
            }
        }

        fields.AddRange(cookies);
        var account = !string.IsNullOrEmpty(code) ? code : FirstCode(codes);
        if (account is null)
        {
            warnings.Add("context.pixel.code missing: the pixel (advertiser account) is unknown");
        }

        // An /act payload names its action; an event payload its event. Each falls back on the other.
        var (name, nameParameter) = endpoint == TikTokEndpoint.Action
            ? (action ?? eventName, action is not null ? "action" : "event")
            : (eventName ?? action, eventName is not null ? "event" : "action");
        if (string.IsNullOrEmpty(name))
        {
            warnings.Add($"{nameParameter} missing: the event name is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = TikTokDecoder.Identity,
            Kind = TrackerEventKind.Beacon,
            AccountId = account,
            Name = string.IsNullOrEmpty(name) ? NoEventName : name,
            NameParameter = nameParameter,
            Meaning = TikTokEvents.Meaning(name),
            ClickedText = string.IsNullOrEmpty(clicked) ? null : clicked,
            Transport = WireTransport.Of(request),
            PageUrl = string.IsNullOrEmpty(url) ? null : url,
            Referrer = string.IsNullOrEmpty(referrer) ? null : referrer,
            PageTitle = title ?? ogTitle,
            EventTime = WireTimes.FromIso(time, "timestamp", warnings),
            LibraryVersion = version,
            Fields = fields,
            RawParameters = raw,
            Warnings = [.. warnings],
        };
    }

    // The JSON of the payload: the body as sent (JSON, base64 of gzip...), or base64 JSON in analytics_message,
    // in the query of a GET or a form body. What arrived is kept in raw: the query's parameters, and the body.
    private static string? Payload(CapturedRequest request, List<KeyValuePair<string, string>> raw, List<string> warnings, out string? wrapping)
    {
        var query = UrlParts.Query(request.Url);
        if (!query.IsEmpty)
        {
            UrlEncodedReader.Read(query, raw, warnings, "query");
        }

        var body = request.BodyText;
        if (body is not null && body.StartsWith(MessageParameter + "=", StringComparison.Ordinal))
        {
            UrlEncodedReader.Read(body, raw, warnings, "body");
            body = null;
        }

        foreach (var (key, value) in raw)
        {
            if (key == MessageParameter)
            {
                // Base64's '+' reads as a space when the value was not percent-encoded; put it back.
                var json = JsonBody.Unwrap(value.Replace(' ', '+'), warnings, out var inner);
                wrapping = MessageParameter + " " + inner;
                return json;
            }
        }

        if (!string.IsNullOrEmpty(body) || request.BodyBase64 is not null)
        {
            raw.Add(new(BodyParameter, body ?? request.BodyBase64!));
        }

        return JsonBody.Text(request, warnings, out wrapping);
    }

    private static void AddPageData(string path, string value, List<TrackerField> fields, List<string> warnings, ref string? title, ref string? ogTitle)
    {
        var nested = new List<KeyValuePair<string, string>>();
        if (JsonFlattener.Flatten(path, value, nested) is { } problem)
        {
            warnings.Add($"{path}: {problem}; raw value kept");
        }

        foreach (var (leafPath, leaf) in nested)
        {
            fields.Add(Cache.Get(leafPath, leaf, TikTokFields.Describe));
            if (leafPath == TikTokFields.ContentData + ".meta.title")
            {
                title ??= leaf;
            }
            else if (leafPath == TikTokFields.ContentData + ".open_graph.og:title")
            {
                ogTitle ??= leaf;
            }
        }
    }

    private static string? FirstCode(string? codes)
    {
        if (string.IsNullOrEmpty(codes))
        {
            return null;
        }

        var bar = codes.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? codes : bar == 0 ? null : codes[..bar];
    }
}
