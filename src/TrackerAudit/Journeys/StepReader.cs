using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal sealed class StepReader(NodeReader reader, IReadOnlyCollection<string> inputs)
{
    private static readonly string[] ActionKinds = ["goto", "click", "fill", "select", "check", "press", "wait", "scroll", "type-canaries", "follow-links"];

    private static readonly string[] AllKinds = [.. ActionKinds, "screenshot"];

    private static readonly string[] AllKeys =
        ["name", .. AllKinds, "timeout", "value", "values", "checked", "selector", "fullPage", "pages", "seed"];

    private static readonly Dictionary<string, string[]> KindOptions = new(StringComparer.Ordinal)
    {
        ["goto"] = [],
        ["click"] = [],
        ["fill"] = ["value"],
        ["select"] = ["value", "values"],
        ["check"] = ["checked"],
        ["press"] = ["selector"],
        ["wait"] = [],
        ["scroll"] = [],
        ["type-canaries"] = [],
        ["follow-links"] = ["pages", "seed"],
        ["screenshot"] = ["fullPage"],
    };

    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);

    private readonly StepKindReader _kinds = new(reader, inputs);

    // field names the list in problems (steps, or a consent variant's); a consent variant may do nothing.
    public IReadOnlyList<Step>? ReadAll(YamlNode node, string field = "steps", bool allowEmpty = false)
    {
        var sequence = reader.Sequence(node, field, "a list of steps, e.g. - click: \"text=Next\"");
        if (sequence is null)
            return null;
        if (sequence.Children.Count == 0 && !allowEmpty)
        {
            reader.Report(sequence, field, "expected at least one step");
            return null;
        }

        if (sequence.Children.Count > YamlLimits.MaxSteps)
        {
            reader.Report(sequence, field, string.Create(CultureInfo.InvariantCulture, $"{sequence.Children.Count:N0} steps; expected at most {YamlLimits.MaxSteps:N0} (split the journey)"));
            return null;
        }

        var steps = new List<Step>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(sequence.Children[i], field, i + 1) is { } step)
                steps.Add(step);
        }

        return steps.Count == sequence.Children.Count ? steps : null;
    }

    private Step? Read(YamlNode node, string listField, int number)
    {
        var field = NodeReader.Item(listField, number);
        var mapping = reader.Mapping(node, field, "a step: a mapping with one kind key, e.g. click: \"text=Next\"");
        if (mapping is null)
            return null;

        var problemsBefore = reader.Problems.Count;
        var entries = reader.Entries(mapping, field);
        var kind = KindOf(entries, number, field, out var kindMissing);
        var suggestedKind = RejectUnknownKeys(entries, kind, number, field);
        if (kindMissing && !suggestedKind)
            reader.Report(mapping, field, $"step {number} has no kind key; expected exactly one of {string.Join(", ", AllKinds)}");

        var explicitName = entries.TryGetValue("name", out var nameEntry)
            ? reader.NonEmptyString(nameEntry.Value, NodeReader.Child(field, "name"), "a non-empty step name", TextRule.Name)
            : null;
        var timeout = entries.TryGetValue("timeout", out var timeoutEntry)
            ? reader.Duration(timeoutEntry.Value, NodeReader.Child(field, "timeout"))
            : null;
        bool? screenshot = kind != "screenshot" && entries.TryGetValue("screenshot", out var screenshotEntry)
            ? reader.Bool(screenshotEntry.Value, NodeReader.Child(field, "screenshot"))
            : null;

        if (kind is null)
            return null;

        var kindEntry = entries[kind];
        var kindField = NodeReader.Child(field, kind);
        string? label = null;
        var step = kind switch
        {
            "goto" => (Step?)_kinds.Goto(kindEntry.Value, kindField),
            "click" => _kinds.Click(kindEntry.Value, kindField),
            "fill" => _kinds.Fill(mapping, entries, field),
            "select" => _kinds.Select(mapping, entries, field),
            "check" => _kinds.Check(entries, field),
            "press" => _kinds.Press(entries, field),
            "wait" => _kinds.Wait(kindEntry.Value, kindField, number),
            "scroll" => _kinds.Flag(kindEntry.Value, kindField, new ScrollStep { Index = 0, Name = "" }),
            "type-canaries" => _kinds.Flag(kindEntry.Value, kindField, new TypeCanariesStep { Index = 0, Name = "" }),
            "follow-links" => _kinds.FollowLinks(entries, field),
            _ => _kinds.Screenshot(entries, field, out label),
        };

        var name = explicitName ?? label ?? $"{kind} {number}";
        CheckNameIsUnique(name, number, explicitName is not null ? nameEntry! : label is not null ? kindEntry : null, field, mapping);

        if (step is null || reader.Problems.Count != problemsBefore)
            return null;

        return step with
        {
            Index = number,
            Name = name,
            Location = NodeReader.LocationOf(mapping),
            Timeout = timeout,
            Screenshot = screenshot,
        };
    }

    private string? KindOf(Dictionary<string, YamlEntry> entries, int number, string field, out bool missing)
    {
        missing = false;
        var kinds = entries.Values.Where(e => ActionKinds.Contains(e.Key)).OrderBy(e => e.KeyNode.Start).ToList();
        if (kinds.Count > 1)
        {
            var second = kinds[1];
            reader.Report(
                second.KeyNode,
                NodeReader.Child(field, second.Key),
                $"step {number} has more than one kind key ({string.Join(", ", kinds.Select(k => k.Key))}); "
                + "expected exactly one, so split it into one step per kind");
            return null;
        }

        if (kinds.Count == 1)
            return kinds[0].Key;
        if (entries.ContainsKey("screenshot"))
            return "screenshot";

        missing = true;
        return null;
    }

    // Returns whether an unknown key looked like a misspelt kind key, which already explains a missing kind.
    private bool RejectUnknownKeys(Dictionary<string, YamlEntry> entries, string? kind, int number, string field)
    {
        IReadOnlyList<string> allowed = kind is null
            ? AllKeys
            : ["name", kind, .. KindOptions[kind], "timeout", .. kind == "screenshot" ? Array.Empty<string>() : ["screenshot"]];
        var suggestedKind = false;
        foreach (var entry in entries.Values.Where(e => !allowed.Contains(e.Key, StringComparer.Ordinal)))
        {
            var entryField = NodeReader.Child(field, entry.Key);
            if (AllKeys.Contains(entry.Key, StringComparer.Ordinal))
            {
                reader.Report(entry.KeyNode, entryField, $"key '{entry.Key}' does not apply to a {kind} step; expected one of {string.Join(", ", allowed)}");
                continue;
            }

            var suggestion = KeySuggestion.Closest(entry.Key, allowed);
            suggestedKind |= suggestion is not null && AllKinds.Contains(suggestion, StringComparer.Ordinal);
            reader.Report(entry.KeyNode, entryField, NodeReader.UnknownKey(entry.Key, $"in step {number}", allowed, suggestion));
        }

        return suggestedKind;
    }

    private void CheckNameIsUnique(string name, int number, YamlEntry? source, string field, YamlMappingNode mapping)
    {
        if (_names.TryAdd(name, number))
            return;

        var at = source is null ? (YamlNode)mapping : source.Value;
        var nameField = source is null ? field : NodeReader.Child(field, source.Key);
        reader.Report(at, nameField, $"step name '{name}' is already used by step {_names[name]}; expected a name unique in the journey (case is ignored)");
    }
}
