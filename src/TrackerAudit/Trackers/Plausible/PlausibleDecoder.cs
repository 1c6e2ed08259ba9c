using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Plausible;

/// <summary>
/// Decodes Plausible: the JSON event POSTed to <c>plausible.io/api/event</c> or to a self-hosted or proxied
/// <c>/api/event</c>, in the script's short form (<c>n</c>, <c>u</c>, <c>d</c>, <c>r</c>, <c>w</c>, <c>h</c>, <c>p</c>)
/// or the Events API's long one (<c>name</c>, <c>url</c>, <c>domain</c>, <c>referrer</c>, <c>props</c>, <c>revenue</c>),
/// and loads of its script from plausible.io (tracker-protocols-more.md, section 1.18). Plausible sets no cookie.
/// </summary>
internal sealed class PlausibleDecoder : ITrackerDecoder
{
    /// <summary>Who Plausible is, for its events.</summary>
    internal static Tracker Identity { get; } = new("plausible", "Plausible Analytics");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["plausible.io"];

    public bool CanDecode(CapturedRequest request)
    {
        var url = request.Url;
        var path = UrlParts.Path(url);
        if (UrlParts.Host(url).Equals("plausible.io", StringComparison.OrdinalIgnoreCase))
        {
            return path.Equals("/api/event", StringComparison.Ordinal) || path.StartsWith("/js/", StringComparison.Ordinal);
        }

        // On any other host only an /api/event POST whose body is Plausible's own JSON: a site's API of the same
        // name is not claimed.
        return path.EndsWith("/api/event", StringComparison.Ordinal) && LooksLikePlausibleBody(request.BodyText);
    }

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var path = UrlParts.Path(request.Url);
        if (path.StartsWith("/js/", StringComparison.Ordinal))
        {
            return Event(request, "library loaded", TrackerEventKind.Library, [], [], warnings);
        }

        var body = WireParameters.BodyText(request, warnings);
        var leaves = new List<KeyValuePair<string, string>>(12);
        if (string.IsNullOrEmpty(body) || !JsonFlattener.LooksLikeJson(body))
        {
            warnings.Add("body: no JSON event in the body");
            if (!string.IsNullOrEmpty(body))
            {
                leaves.Add(new("body", body));
            }
        }
        else if (JsonFlattener.Flatten("", body, leaves) is { } problem)
        {
            warnings.Add("body: " + problem);
        }

        var fields = new List<TrackerField>(leaves.Count + 4);
        for (var i = 0; i < leaves.Count; i++)
        {
            var (dotted, value) = leaves[i];
            var key = dotted.Length > 0 && dotted[0] == '.' ? WireStrings.Of(dotted.AsSpan(1)) : dotted;
            leaves[i] = new(key, value);
            Add(fields, key, value, warnings);
        }

        return Event(request, null, TrackerEventKind.Beacon, fields, leaves, warnings);
    }

    private static DecodeResult Event(CapturedRequest request, string? name, TrackerEventKind kind, List<TrackerField> fields, List<KeyValuePair<string, string>> raw, List<string> warnings)
    {
        string? account = null, page = null, referrer = null;
        foreach (var field in fields)
        {
            switch (field.Path)
            {
                case "n" or "name":
                    name ??= field.Value;
                    break;
                case "d" or "domain":
                    account ??= field.Value;
                    break;
                case "u" or "url":
                    page ??= field.Value;
                    break;
                case "r" or "referrer":
                    referrer ??= field.Value;
                    break;
            }
        }

        if (name is null)
        {
            warnings.Add("n: the event has no name");
        }

        return new DecodeResult(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = kind,
                AccountId = account,
                Name = name ?? "(no event name)",
                NameParameter = fields.Exists(field => field.Path == "name") ? "name" : "n",
                Meaning = kind == TrackerEventKind.Beacon ? PlausibleFields.MeaningOf(name ?? "") : EventMeaning.Custom,
                PageUrl = page,
                Referrer = referrer,
                Fields = fields,
                RawParameters = raw,
                Warnings = warnings,
            }],
            warnings);
    }

    // The script sends its custom properties as a JSON string in "p": read them as fields of their own too.
    private static void Add(List<TrackerField> fields, string key, string value, List<string> warnings)
    {
        var (meaning, sensitivity) = PlausibleFields.Describe(key);
        fields.Add(new(key, value, meaning, sensitivity));
        if (key is "p" or "props" && JsonFlattener.LooksLikeJson(value))
        {
            var inner = new List<KeyValuePair<string, string>>();
            if (JsonFlattener.Flatten(key, value, inner) is { } problem)
            {
                warnings.Add($"{key}: {problem}");
            }

            foreach (var (path, leaf) in inner)
            {
                fields.Add(new(path, leaf, "custom property the site sent", FieldSensitivity.High));
            }
        }
    }

    private static bool LooksLikePlausibleBody(string? body)
    {
        if (body is null || !JsonFlattener.LooksLikeJson(body))
        {
            return false;
        }

        var span = body.AsSpan();
        var hasName = HasKey(span, "\"n\"") || HasKey(span, "\"name\"");
        var hasDomain = HasKey(span, "\"d\"") || HasKey(span, "\"domain\"");
        var hasUrl = HasKey(span, "\"u\"") || HasKey(span, "\"url\"");
        return hasName && hasDomain && hasUrl;
    }

    // A quoted key followed (after any spaces) by a colon: the key of a member, not a value that happens to match.
    private static bool HasKey(ReadOnlySpan<char> json, string quotedKey)
    {
        var from = 0;
        while (from < json.Length)
        {
            var at = json[from..].IndexOf(quotedKey, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var after = json[(from + at + quotedKey.Length)..].TrimStart();
            if (!after.IsEmpty && after[0] == ':')
            {
                return true;
            }

            from += at + quotedKey.Length;
        }

        return false;
    }
}
