using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.X;

/// <summary>
/// Decodes X pixel hits (<c>/i/adsct</c>): every parameter, the <c>events</c> JSON in its query value
/// (<c>[["pageview",{}]]</c>, one event per entry) or the event tag's <c>event</c> JSON object.
/// </summary>
internal static class XBeacons
{
    private const string NoEventName = "(no event name)";

    private static readonly KnownField EntryName = new("event name", FieldSensitivity.Medium);

    private static readonly FieldCache Cache = new();

    public static List<TrackerEvent> Decode(CapturedRequest request, XEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var cookies = XCookies.Reader.Fields(request);
        var shared = new List<TrackerField>(parameters.Count + cookies.Count + 4);
        var entries = new List<KeyValuePair<string, string>>();
        string? txnId = null, url = null, version = null, events = null, eventObject = null;
        foreach (var (key, value) in parameters)
        {
            shared.Add(Cache.Get(key, value, Describe));
            switch (key)
            {
                case "txn_id": txnId ??= value; break;
                case "tw_document_href": url ??= value; break;
                case "version": version ??= value; break;
                case "events": events ??= value; break;
                case "event": eventObject ??= value; break;
                case "dv": XParameters.AddDevice(value, shared); break;
            }
        }

        if (events is not null && Flatten("events", events, entries, warnings))
        {
            AddLeaves(entries, shared);
        }

        var eventLeaves = new List<KeyValuePair<string, string>>();
        if (eventObject is not null && Flatten("event", eventObject, eventLeaves, warnings))
        {
            AddLeaves(eventLeaves, shared);
        }

        shared.AddRange(cookies);
        if (string.IsNullOrEmpty(txnId))
        {
            warnings.Add("txn_id missing: the pixel (advertiser account) is unknown");
        }

        var names = Names(entries);
        var kind = endpoint == XEndpoint.Twin ? TrackerEventKind.Duplicate : TrackerEventKind.Beacon;
        var result = new List<TrackerEvent>(Math.Max(names.Count, 1));
        if (names.Count == 0)
        {
            // No events list: the event tag names its conversion by its id (txn_id); nothing at all is a bare hit.
            var (name, parameter, meaning) = eventObject is not null && !string.IsNullOrEmpty(txnId)
                ? (txnId, "txn_id", EventMeaning.Conversion)
                : (NoEventName, "events", EventMeaning.Custom);
            if (eventObject is null)
            {
                warnings.Add("events missing: the event name is unknown");
            }

            result.Add(Build(request, kind, txnId, name, parameter, meaning, url, version, shared, parameters, warnings));
            return result;
        }

        foreach (var (index, name) in names)
        {
            // Each entry of the list is an event: its fields are the shared ones without the other entries' data.
            var fields = names.Count == 1 ? shared : OwnFields(shared, index);
            result.Add(Build(request, kind, txnId, name, "events", XEvents.Meaning(name), url, version, fields, parameters, warnings));
        }

        return result;
    }

    private static TrackerEvent Build(
        CapturedRequest request,
        TrackerEventKind kind,
        string? txnId,
        string name,
        string nameParameter,
        EventMeaning meaning,
        string? url,
        string? version,
        List<TrackerField> fields,
        List<KeyValuePair<string, string>> parameters,
        List<string> warnings) => new()
        {
            RequestId = request.Id,
            Tracker = XPixelDecoder.Identity,
            Kind = kind,
            AccountId = string.IsNullOrEmpty(txnId) ? null : txnId,
            Name = name,
            NameParameter = nameParameter,
            Meaning = meaning,
            Transport = WireTransport.Of(request),
            PageUrl = string.IsNullOrEmpty(url) ? null : url,
            LibraryVersion = version,
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };

    private static bool Flatten(string key, string json, List<KeyValuePair<string, string>> leaves, List<string> warnings)
    {
        if (!JsonFlattener.LooksLikeJson(json))
        {
            warnings.Add($"{key}: not JSON; raw value kept");
            return false;
        }

        if (JsonFlattener.Flatten(key, json, leaves) is { } problem)
        {
            warnings.Add($"{key}: {problem}; raw value kept");
        }

        return leaves.Count > 0;
    }

    private static void AddLeaves(List<KeyValuePair<string, string>> leaves, List<TrackerField> fields)
    {
        foreach (var (path, value) in leaves)
        {
            fields.Add(Cache.Get(path, value, Describe));
        }
    }

    private static KnownField Describe(string path, string value) => IsEntryName(path) ? EntryName : XParameters.Describe(path, value);

    // events[N][0], the name of entry N.
    private static bool IsEntryName(string path) =>
        path.StartsWith("events[", StringComparison.Ordinal) && path.EndsWith("][0]", StringComparison.Ordinal)
        && path.AsSpan(7, path.Length - 11).IndexOfAnyExceptInRange('0', '9') < 0;

    // The event names of [[name, data], ...]: the first item of each entry.
    private static List<(int Index, string Name)> Names(List<KeyValuePair<string, string>> entries)
    {
        var names = new List<(int, string)>(1);
        for (var index = 0; ; index++)
        {
            var path = index == 0 ? "events[0][0]" : string.Create(CultureInfo.InvariantCulture, $"events[{index}][0]");
            var found = false;
            foreach (var (key, value) in entries)
            {
                if (key == path)
                {
                    names.Add((index, value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return names;
            }
        }
    }

    private static List<TrackerField> OwnFields(List<TrackerField> shared, int index)
    {
        var own = string.Create(CultureInfo.InvariantCulture, $"events[{index}]");
        var fields = new List<TrackerField>(shared.Count);
        foreach (var field in shared)
        {
            if (!field.Path.StartsWith("events[", StringComparison.Ordinal) || field.Path.StartsWith(own + "[", StringComparison.Ordinal))
            {
                fields.Add(field);
            }
        }

        return fields;
    }
}
