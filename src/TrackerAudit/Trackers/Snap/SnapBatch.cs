using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Decodes the JSON batch on <c>/p</c>: <c>{"ctx":{url, ua, c1, …},"req":[{"t":{pid, ev, u_hem, …}},{"md":{…}},{"i":…},{"log":…}]}</c>
/// (reference section 1.9, shape 3). Each <c>t</c> entry is one event; an <c>md</c> entry (the page's OG and meta
/// tags, read automatically) is an event of its own; <c>ctx</c> applies to every event.
/// </summary>
internal static class SnapBatch
{
    private const string MetadataEventName = "page metadata";

    public static List<TrackerEvent> Decode(CapturedRequest request, string body, IReadOnlyList<TrackerField> cookies, List<string> warnings)
    {
        var leaves = new List<KeyValuePair<string, string>>(64);
        var problem = JsonFlattener.Flatten("", body, leaves);
        if (problem is not null)
        {
            warnings.Add("body: " + problem);
        }

        var shared = new SnapEventParts(16, warnings);
        UrlEncodedReader.Read(UrlParts.Query(request.Url), shared.Raw, warnings, "query");
        var query = shared.Raw.ToArray();
        shared.Raw.Clear();
        foreach (var (key, value) in query)
        {
            shared.Add(key, key, value);
        }

        var events = new List<SnapEventParts>(4);
        var metadata = new List<(SnapEventParts Parts, string Path)>(1);
        var extras = new List<(string Path, string Key, string Value)>();
        var entry = new List<(string Path, string Tail, string Value)>(32);
        var entryIndex = -1;
        foreach (var (rawPath, value) in leaves)
        {
            var path = WireStrings.Of(rawPath.AsSpan(rawPath.StartsWith('.') ? 1 : 0));
            if (path.StartsWith("req[", StringComparison.Ordinal) && EntryIndex(path, out var index, out var restStart))
            {
                if (index != entryIndex)
                {
                    Flush(entry, entryIndex, events, metadata, extras, warnings);
                    entryIndex = index;
                }

                entry.Add((path, WireStrings.Of(path.AsSpan(restStart)), value));
            }
            else
            {
                // ctx.url, ctx.a[0]...: the key is the name under ctx (or the top-level name).
                var keyStart = path.StartsWith("ctx.", StringComparison.Ordinal) ? 4 : 0;
                shared.Add(path, Segment(path, keyStart), value);
            }
        }

        Flush(entry, entryIndex, events, metadata, extras, warnings);
        return Build(request, shared, events, metadata, extras, cookies, warnings);
    }

    private static List<TrackerEvent> Build(
        CapturedRequest request,
        SnapEventParts shared,
        List<SnapEventParts> events,
        List<(SnapEventParts Parts, string Path)> metadata,
        List<(string Path, string Key, string Value)> extras,
        IReadOnlyList<TrackerField> cookies,
        List<string> warnings)
    {
        var transport = SnapBeacons.Transport(request, WireBodyFormat.Other);
        if (events.Count == 0 && metadata.Count == 0)
        {
            warnings.Add("batch holds no event (no req[].t entry)");
            events.Add(new SnapEventParts(0, warnings));
        }

        var title = metadata.Count > 0 ? metadata[0].Parts.Title : null;
        var result = new List<TrackerEvent>(events.Count + metadata.Count);
        foreach (var parts in events)
        {
            if (result.Count == 0)
            {
                foreach (var (path, key, value) in extras)
                {
                    parts.Add(path, key, value);
                }
            }

            parts.Inherit(shared);
            AddShared(parts, shared, cookies);
            result.Add(parts.ToEvent(request, TrackerEventKind.Beacon, null, null, transport) with { PageTitle = parts.Title ?? title });
        }

        foreach (var (parts, path) in metadata)
        {
            parts.Inherit(shared);
            if (events.Count > 0)
            {
                parts.Inherit(events[0]);
            }

            AddShared(parts, shared, cookies);
            result.Add(parts.ToEvent(request, TrackerEventKind.Beacon, MetadataEventName, path, transport));
        }

        return result;
    }

    private static void AddShared(SnapEventParts parts, SnapEventParts shared, IReadOnlyList<TrackerField> cookies)
    {
        parts.AddFields(shared.Fields);
        parts.Raw.AddRange(shared.Raw);
        parts.AddFields(cookies);
    }

    // One req[] entry read: a t entry is an event, an md entry page metadata, anything else (i, log) goes with the first event.
    private static void Flush(
        List<(string Path, string Tail, string Value)> entry,
        int index,
        List<SnapEventParts> events,
        List<(SnapEventParts Parts, string Path)> metadata,
        List<(string Path, string Key, string Value)> extras,
        List<string> warnings)
    {
        if (entry.Count == 0)
        {
            return;
        }

        var kind = Kind(entry);
        if (kind == 't' || kind == 'm')
        {
            var parts = new SnapEventParts(entry.Count + 16, warnings);
            foreach (var (path, rest, value) in entry)
            {
                parts.Add(path, kind == 't' ? KeyInEvent(rest) : LastSegment(rest), value);
            }

            if (kind == 't')
            {
                events.Add(parts);
            }
            else
            {
                metadata.Add((parts, WireStrings.Of($"req[{index}].md")));
            }
        }
        else
        {
            foreach (var (path, rest, value) in entry)
            {
                extras.Add((path, Segment(rest, 0), value));
            }
        }

        entry.Clear();
    }

    private static char Kind(List<(string Path, string Tail, string Value)> entry)
    {
        var kind = 'x';
        foreach (var (_, rest, _) in entry)
        {
            if (rest.StartsWith("t.", StringComparison.Ordinal))
            {
                return 't';
            }

            if (rest.StartsWith("md.", StringComparison.Ordinal))
            {
                kind = 'm';
            }
        }

        return kind;
    }

    // "t.pid" gives pid; "del" (beside t in the entry) stays del.
    private static string KeyInEvent(string rest) => Segment(rest, rest.StartsWith("t.", StringComparison.Ordinal) ? 2 : 0);

    // "md.md[0].tagData.og:title" gives og:title.
    private static string LastSegment(string rest)
    {
        var dot = rest.LastIndexOf('.');
        return WireStrings.Of(rest.AsSpan(dot + 1));
    }

    // The name at start, up to the next '.' or '['.
    private static string Segment(string path, int start)
    {
        var rest = path.AsSpan(start);
        var end = rest.IndexOfAny('.', '[');
        return WireStrings.Of(end < 0 ? rest : rest[..end]);
    }

    // "req[12].t.pid": index 12, and the rest starts after "].".
    private static bool EntryIndex(string path, out int index, out int restStart)
    {
        index = 0;
        var at = 4;
        while (at < path.Length && char.IsAsciiDigit(path[at]) && index < 100_000)
        {
            index = (index * 10) + (path[at] - '0');
            at++;
        }

        restStart = at + 2;
        return at > 4 && at + 1 < path.Length && path[at] == ']' && path[at + 1] == '.';
    }
}
