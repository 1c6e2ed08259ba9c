using System.Collections.Concurrent;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.AdobeAnalytics;

/// <summary>
/// The parameters of one Adobe Analytics hit as fields: context data nested with <c>name.</c> ... <c>.name</c>
/// becomes dotted paths (<c>c.a.activitymap.link</c>, <c>cid.userid.id</c>), and a dynamic variable
/// (<c>D=pageName</c>) says which value it copies.
/// </summary>
internal sealed class AdobeHit
{
    private const int MaxNesting = 16;
    private const int MaxCachedMeanings = 1024;

    // A site sends the same dynamic variables (v2=D=pageName) in every hit: their meanings are made once.
    private static readonly ConcurrentDictionary<(string Path, string Value), string> DynamicMeanings = new();

    public string? PageName { get; private set; }

    public string? PageUrl { get; private set; }

    public string? Referrer { get; private set; }

    public string? LinkType { get; private set; }

    public string? LinkName { get; private set; }

    public string? ActivityMapLink { get; private set; }

    public DateTimeOffset? Time { get; private set; }

    public static AdobeHit Read(List<KeyValuePair<string, string>> parameters, List<TrackerField> fields, List<string> warnings)
    {
        var hit = new AdobeHit();
        string? organisation = null;
        foreach (var (key, value) in parameters)
        {
            if (key == "mcorgid")
            {
                organisation = value;
            }
        }

        // The open context-data groups, as one dotted prefix ("c.a.activitymap.").
        var prefix = "";
        var depth = 0;
        var ended = false;
        foreach (var (key, value) in parameters)
        {
            if (key.Length > 1 && key[^1] == '.' && value.Length == 0)
            {
                if (++depth > MaxNesting)
                {
                    warnings.Add($"{key}: context data nested more than {MaxNesting} deep; flattened");
                    continue;
                }

                prefix = string.Concat(prefix, key);
                continue;
            }

            if (key.Length > 1 && key[0] == '.' && value.Length == 0)
            {
                var close = key.AsSpan(1);
                var expected = prefix.AsSpan().TrimEnd('.');
                var last = expected.LastIndexOf('.');
                if (depth == 0 || !expected[(last + 1)..].SequenceEqual(close))
                {
                    warnings.Add($"{key}: closes a context data group that was not open");
                }
                else
                {
                    prefix = WireStrings.Of(expected[..(last + 1)]);
                    depth--;
                }

                continue;
            }

            var path = prefix.Length == 0 ? key : WireStrings.Of(string.Concat(prefix, key));
            hit.Add(path, value, organisation, fields);
            ended |= key == "AQE";
        }

        if (depth > 0)
        {
            warnings.Add($"context data group {prefix.TrimEnd('.')} was never closed (request cut short?)");
        }

        if (!ended && parameters.Exists(parameter => parameter.Key == "AQB"))
        {
            warnings.Add("AQE: the end delimiter is missing; the request may have been cut short");
        }

        return hit;
    }

    private void Add(string path, string value, string? organisation, List<TrackerField> fields)
    {
        var (meaning, sensitivity) = AdobeParameters.Describe(path);

        // "D=pageName" asks Adobe's servers to copy another value: the wire holds the reference, not the text.
        if (value.Length > 2 && value[0] == 'D' && value[1] == '=')
        {
            meaning = DynamicMeaning(path, value, meaning);
        }

        fields.Add(new(path, value, meaning, sensitivity, AdobeParameters.CookieOf(path, organisation)));
        switch (path)
        {
            case "pageName":
                PageName ??= value;
                break;
            case "g":
                PageUrl ??= value;
                break;
            case "r":
                Referrer ??= value;
                break;
            case "pe":
                LinkType ??= value;
                break;
            case "pev2":
                LinkName ??= value;
                break;
            case "c.a.activitymap.link":
                ActivityMapLink ??= value;
                break;
            case "t":
                Time ??= AdobeTime.Parse(value);
                break;
        }
    }

    private static string DynamicMeaning(string path, string value, string? meaning)
    {
        if (DynamicMeanings.TryGetValue((path, value), out var cached))
        {
            return cached;
        }

        var made = (meaning ?? "value") + " (dynamic variable: same value as " + value[2..] + ")";
        if (DynamicMeanings.Count < MaxCachedMeanings)
        {
            DynamicMeanings.TryAdd((path, value), made);
        }

        return made;
    }
}
