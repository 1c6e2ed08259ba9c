using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Trackers;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// The values inside an expectation's rule that need more than NodeReader's checks: host globs, tracker ids
// known to the catalogue, and the names of finding categories and severities.
internal sealed class ExpectationValues(NodeReader reader)
{
    public static readonly IReadOnlyDictionary<string, FindingCategory> Categories = new Dictionary<string, FindingCategory>(StringComparer.Ordinal)
    {
        ["sensitiveContext"] = FindingCategory.SensitiveContext,
        ["typedData"] = FindingCategory.TypedData,
        ["identifier"] = FindingCategory.Identifier,
        ["pageAndBehaviour"] = FindingCategory.PageAndBehaviour,
        ["consent"] = FindingCategory.Consent,
    };

    public static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["low"] = Severity.Low,
        ["medium"] = Severity.Medium,
        ["high"] = Severity.High,
        ["critical"] = Severity.Critical,
    };

    private static IReadOnlyList<string> TrackerIds => TrackerRegistry.Ids;

    public IReadOnlyList<string>? NonEmptyList(YamlNode node, string field, string expectedItems, string expectedItem)
    {
        var items = reader.StringList(node, field, expectedItems, expectedItem);
        if (items is null || items.Count > 0)
            return items;
        reader.Report(node, field, $"expected at least one {expectedItem}; found an empty list (leave the key out instead)");
        return null;
    }

    public IReadOnlyList<string>? Hosts(YamlNode node, string field)
    {
        var hosts = NonEmptyList(node, field, "hosts", "host or host glob such as \"*.facebook.com\"");
        if (hosts is null)
            return null;

        var valid = true;
        var sequence = (YamlSequenceNode)node;
        for (var i = 0; i < hosts.Count; i++)
        {
            if (HostGlob.IsValid(hosts[i]))
                continue;
            reader.Report(sequence.Children[i], NodeReader.Item(field, i + 1), $"expected a host such as connect.facebook.net or a host glob such as \"*.facebook.com\" (no scheme, port or path); found '{hosts[i]}'");
            valid = false;
        }

        return valid ? hosts : null;
    }

    public IReadOnlyList<string>? Pages(YamlNode node, string field)
    {
        var pages = NonEmptyList(node, field, "page URL globs", "page URL glob such as \"**/report/**\"");
        if (pages is null)
            return null;

        var valid = true;
        var sequence = (YamlSequenceNode)node;
        for (var i = 0; i < pages.Count; i++)
        {
            if (UrlGlob.IsValid(pages[i]))
                continue;
            reader.Report(sequence.Children[i], NodeReader.Item(field, i + 1), $"expected a URL glob such as \"**/report/**\"; found '{pages[i]}', whose '{{' is not closed by '}}'");
            valid = false;
        }

        return valid ? pages : null;
    }

    public IReadOnlyList<string>? Trackers(YamlNode node, string field)
    {
        var trackers = NonEmptyList(node, field, "tracker ids", "tracker id such as meta-pixel");
        if (trackers is null)
            return null;

        var valid = true;
        var sequence = (YamlSequenceNode)node;
        for (var i = 0; i < trackers.Count; i++)
            valid &= CheckTracker(sequence.Children[i], NodeReader.Item(field, i + 1), trackers[i]);
        return valid ? trackers : null;
    }

    public string? Tracker(YamlNode node, string field)
    {
        var tracker = reader.NonEmptyString(node, field, "a tracker id such as meta-pixel");
        return tracker is not null && CheckTracker(node, field, tracker) ? tracker : null;
    }

    // Written as in the report's JSON (camelCase, lower case), but any case is accepted, as for a cookie's sameSite.
    public T? Named<T>(YamlNode node, string field, IReadOnlyDictionary<string, T> known)
        where T : struct
    {
        var expected = $"one of {string.Join(", ", known.Keys)}";
        var text = reader.NonEmptyString(node, field, expected);
        if (text is null)
            return null;

        foreach (var (name, value) in known)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                return value;
        }

        var suggestion = KeySuggestion.Closest(text, known.Keys);
        reader.Report(node, field, $"expected {expected}; found '{text}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
        return null;
    }

    private bool CheckTracker(YamlNode node, string field, string tracker)
    {
        var known = TrackerIds;
        if (known.Contains(tracker, StringComparer.Ordinal))
            return true;

        var suggestion = KeySuggestion.Closest(tracker, known);
        var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
        reader.Report(node, field, $"unknown tracker '{tracker}'{hint}; expected one of {string.Join(", ", known)}");
        return false;
    }
}
