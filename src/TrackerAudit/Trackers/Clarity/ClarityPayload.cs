using System.Globalization;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Clarity;

/// <summary>
/// Reads one Clarity upload: the envelope <c>[version, sequence, start, duration, projectId, userId, sessionId, pageNum,
/// upload, end]</c>, the dimensions (user agent, page URL, referrer, title...), the site's custom tags and events, the
/// clicks with their text, and how much session-replay data came with it.
/// </summary>
internal static class ClarityPayload
{
    private const int DimensionEvent = 1;
    private const int UpgradeEvent = 3;
    private const int ClickEvent = 9;
    private const int CustomEvent = 24;
    private const int VariableEvent = 34;

    // Dimension keys (clarity-js types/data.d.ts, enum Dimension) worth naming; the others are kept by number.
    private static readonly Dictionary<int, (string Name, string Meaning, FieldSensitivity Sensitivity)> Dimensions = new()
    {
        [0] = ("userAgent", "user agent", Fingerprint),
        [1] = ("url", "page URL", High),
        [2] = ("referrer", "referrer (the previous page)", High),
        [3] = ("pageTitle", "page title", High),
        [9] = ("language", "browser language", Fingerprint),
        [15] = ("tabId", "browser tab id", Identifier),
        [16] = ("pageLanguage", "language of the page", Low),
        [18] = ("headline", "headline of the page", High),
        [20] = ("metaTitle", "title in the page's meta tags", High),
        [22] = ("platform", "client hint: platform", Fingerprint),
        [23] = ("platformVersion", "client hint: platform version", Fingerprint),
        [25] = ("model", "client hint: device model", Fingerprint),
        [26] = ("devicePixelRatio", "device pixel ratio", Fingerprint),
        [34] = ("timezone", "time zone", Fingerprint),
        [35] = ("timezoneOffset", "time-zone offset", Fingerprint),
    };

    public static TrackerEvent Unread(CapturedRequest request, List<string> warnings) => new()
    {
        RequestId = request.Id,
        Tracker = ClarityDecoder.Identity,
        Name = "upload",
        NameParameter = "path",
        Warnings = [.. warnings],
    };

    public static List<TrackerEvent> Decode(CapturedRequest request, string json, List<string> warnings)
    {
        var fields = new List<TrackerField>(32);
        var clicks = new List<(string? Text, string? Link)>();
        string? project = null, version = null, page = null, referrer = null, title = null;
        var playback = 0;
        var analytics = 0;
        var upgraded = false;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                warnings.Add("body: the upload is not a JSON object");
                return [Unread(request, warnings)];
            }

            if (root.TryGetProperty("e", out var envelope) && envelope.ValueKind == JsonValueKind.Array)
            {
                ReadEnvelope(envelope, fields, out version, out project);
            }
            else
            {
                warnings.Add("e: no envelope; project and user ids unknown");
            }

            foreach (var (property, isPlayback) in (ReadOnlySpan<(string, bool)>)[("a", false), ("p", true)])
            {
                if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in list.EnumerateArray())
                {
                    if (isPlayback)
                    {
                        playback++;
                    }
                    else
                    {
                        analytics++;
                    }

                    if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() < 2 || !item[1].TryGetInt32(out var type))
                    {
                        continue;
                    }

                    switch (type)
                    {
                        case DimensionEvent:
                            ReadDimensions(item, fields, ref page, ref referrer, ref title);
                            break;
                        case VariableEvent:
                            ReadPairs(item, "variable.", "custom tag the site set (clarity('set'))", fields);
                            break;
                        case CustomEvent:
                            fields.Add(new("custom", Text(item[item.GetArrayLength() - 1]), "custom event the site sent (clarity('event'))", High));
                            break;
                        case UpgradeEvent:
                            upgraded = true;
                            break;
                        case ClickEvent when item.GetArrayLength() > 11:
                            clicks.Add((item[10].ValueKind == JsonValueKind.String ? item[10].GetString() : null, item[11].ValueKind == JsonValueKind.String ? item[11].GetString() : null));
                            break;
                    }
                }
            }
        }
        catch (JsonException exception)
        {
            warnings.Add($"body: not valid JSON (truncated?): {exception.Message}");
        }

        fields.Add(new("a.count", analytics.ToString(CultureInfo.InvariantCulture), "analytics events in the upload", Low));
        fields.Add(new("p.count", playback.ToString(CultureInfo.InvariantCulture), playback > 0
            ? "session-replay events in the upload: the page's content and the visitor's pointer moves, scrolls and input, to replay the visit"
            : "session-replay events in the upload", playback > 0 ? High : Low));
        if (upgraded)
        {
            fields.Add(new("upgrade", "true", "the session was upgraded to a full recording", Medium));
        }

        var events = new List<TrackerEvent>(1 + clicks.Count)
        {
            new()
            {
                RequestId = request.Id,
                Tracker = ClarityDecoder.Identity,
                AccountId = project,
                Name = playback > 0 ? "session replay upload" : "upload",
                NameParameter = "path",
                Meaning = page is not null ? EventMeaning.PageView : EventMeaning.Custom,
                PageUrl = page,
                Referrer = referrer,
                PageTitle = title,
                LibraryVersion = version,
                Fields = fields,
                Warnings = [.. warnings],
            },
        };
        foreach (var (text, link) in clicks)
        {
            events.Add(new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = ClarityDecoder.Identity,
                AccountId = project,
                Name = "click",
                NameParameter = "a[].type",
                Meaning = EventMeaning.Click,
                ClickedText = text,
                PageUrl = page,
                Fields = [new("click.text", text ?? "", "text of what was clicked (up to 25 characters)", High), new("click.link", link ?? "", "link of what was clicked", High)],
            });
        }

        return events;
    }

    private static void ReadEnvelope(JsonElement envelope, List<TrackerField> fields, out string? version, out string? project)
    {
        version = project = null;
        var count = envelope.GetArrayLength();
        (string Name, string Meaning, FieldSensitivity Sensitivity, string? Cookie)[] parts =
        [
            ("version", "library version", None, null),
            ("sequence", "number of this upload in the page view", Low, null),
            ("start", "ms since the page started", Low, null),
            ("duration", "ms the upload covers", Low, null),
            ("projectId", "Clarity project id (the account)", Low, null),
            ("userId", "Clarity user id (first-party _clck cookie)", Identifier, "_clck"),
            ("sessionId", "Clarity session id (first-party _clsk cookie)", Identifier, "_clsk"),
            ("pageNum", "number of the page in the session", Low, null),
            ("upload", "how it was sent (0 XHR, 1 sendBeacon)", None, null),
            ("end", "last upload of the page", None, null),
        ];
        for (var i = 0; i < Math.Min(count, parts.Length); i++)
        {
            var value = Text(envelope[i]);
            fields.Add(new("e." + parts[i].Name, value, parts[i].Meaning, parts[i].Sensitivity, parts[i].Cookie));
            if (i == 0)
            {
                version = value;
            }
            else if (i == 4)
            {
                project = value;
            }
        }
    }

    // [time, 1, key, [values], key, [values], ...]
    private static void ReadDimensions(JsonElement item, List<TrackerField> fields, ref string? page, ref string? referrer, ref string? title)
    {
        for (var i = 2; i + 1 < item.GetArrayLength(); i += 2)
        {
            if (!item[i].TryGetInt32(out var key))
            {
                continue;
            }

            var (name, meaning, sensitivity) = Dimensions.TryGetValue(key, out var known)
                ? known
                : ("dimension" + key.ToString(CultureInfo.InvariantCulture), "page or browser dimension (unnamed here)", Unknown);
            foreach (var value in Values(item[i + 1]))
            {
                fields.Add(new("dimension." + name, value, meaning, sensitivity));
                switch (key)
                {
                    case 1: page ??= value; break;
                    case 2: referrer ??= value; break;
                    case 3: title ??= value; break;
                }
            }
        }
    }

    private static void ReadPairs(JsonElement item, string prefix, string meaning, List<TrackerField> fields)
    {
        for (var i = 2; i + 1 < item.GetArrayLength(); i += 2)
        {
            foreach (var value in Values(item[i + 1]))
            {
                fields.Add(new(prefix + Text(item[i]), value, meaning, High));
            }
        }
    }

    private static IEnumerable<string> Values(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(Text) : [Text(element)];

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => element.GetRawText(),
    };
}
