using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal sealed class StepReader(NodeReader reader, IReadOnlyCollection<string> inputs)
{
    private const string ExpectedSelector = "a non-empty selector, e.g. \"#email\" or \"text=Next\"";

    private static readonly string[] ActionKinds = ["goto", "click", "fill", "select", "check", "press", "wait"];

    private static readonly string[] AllKinds = [.. ActionKinds, "screenshot"];

    private static readonly string[] AllKeys =
        ["name", .. AllKinds, "timeout", "value", "values", "checked", "selector", "fullPage"];

    private static readonly Dictionary<string, string[]> KindOptions = new(StringComparer.Ordinal)
    {
        ["goto"] = [],
        ["click"] = [],
        ["fill"] = ["value"],
        ["select"] = ["value", "values"],
        ["check"] = ["checked"],
        ["press"] = ["selector"],
        ["wait"] = [],
        ["screenshot"] = ["fullPage"],
    };

    private static readonly string[] WaitKeys = ["selector", "url", "time"];

    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Step>? ReadAll(YamlNode node)
    {
        var sequence = reader.Sequence(node, "steps", "a list of steps, e.g. - click: \"text=Next\"");
        if (sequence is null)
            return null;
        if (sequence.Children.Count == 0)
        {
            reader.Report(sequence, "steps", "expected at least one step");
            return null;
        }

        var steps = new List<Step>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(sequence.Children[i], i + 1) is { } step)
                steps.Add(step);
        }

        return steps.Count == sequence.Children.Count ? steps : null;
    }

    private Step? Read(YamlNode node, int number)
    {
        var field = NodeReader.Item("steps", number);
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
            ? reader.NonEmptyString(nameEntry.Value, NodeReader.Child(field, "name"), "a non-empty step name")
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
            "goto" => (Step?)Goto(kindEntry.Value, kindField),
            "click" => Click(kindEntry.Value, kindField),
            "fill" => Fill(mapping, entries, field),
            "select" => Select(mapping, entries, field),
            "check" => Check(entries, field),
            "press" => Press(entries, field),
            "wait" => Wait(kindEntry.Value, kindField, number),
            _ => Screenshot(entries, field, out label),
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

    private GotoStep? Goto(YamlNode value, string field) =>
        reader.Url(value, field, allowPath: true) is { } url ? new GotoStep { Index = 0, Name = "", Url = url } : null;

    private ClickStep? Click(YamlNode value, string field) =>
        reader.NonEmptyString(value, field, ExpectedSelector) is { } selector
            ? new ClickStep { Index = 0, Name = "", Selector = selector }
            : null;

    private FillStep? Fill(YamlMappingNode mapping, Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["fill"].Value, NodeReader.Child(field, "fill"), ExpectedSelector);
        var valueField = NodeReader.Child(field, "value");
        if (!entries.TryGetValue("value", out var valueEntry))
        {
            reader.Report(mapping, valueField, "a fill step needs value: the text to type, e.g. value: \"${inputs.email}\"");
            return null;
        }

        var value = reader.AnyString(valueEntry.Value, valueField, "the text to type (a string; \"\" clears the field)");
        if (value is not null)
            reader.CheckPlaceholders(valueEntry.Value, valueField, value, inputs);
        return selector is null || value is null ? null : new FillStep { Index = 0, Name = "", Selector = selector, Value = value };
    }

    private SelectStep? Select(YamlMappingNode mapping, Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["select"].Value, NodeReader.Child(field, "select"), ExpectedSelector);
        var hasValue = entries.TryGetValue("value", out var valueEntry);
        var hasValues = entries.TryGetValue("values", out var valuesEntry);
        IReadOnlyList<string>? values = null;
        if (hasValue && hasValues)
        {
            var later = valueEntry!.KeyNode.Start.CompareTo(valuesEntry!.KeyNode.Start) > 0 ? valueEntry : valuesEntry;
            reader.Report(later.KeyNode, NodeReader.Child(field, later.Key), "a select step takes value (one option) or values (a list), not both");
        }
        else if (hasValue)
        {
            values = reader.AnyString(valueEntry!.Value, NodeReader.Child(field, "value"), "the option to choose (its value or label)") is { } one ? [one] : null;
        }
        else if (hasValues)
        {
            values = StringItems(valuesEntry!.Value, NodeReader.Child(field, "values"));
        }
        else
        {
            reader.Report(mapping, NodeReader.Child(field, "value"), "a select step needs value (one option) or values (a list of options)");
        }

        return selector is null || values is null ? null : new SelectStep { Index = 0, Name = "", Selector = selector, Values = values };
    }

    private List<string>? StringItems(YamlNode node, string field)
    {
        var sequence = reader.Sequence(node, field, "a list of options, e.g. [red, blue]");
        if (sequence is null)
            return null;
        if (sequence.Children.Count == 0)
        {
            reader.Report(sequence, field, "expected at least one option");
            return null;
        }

        var items = sequence.Children
            .Select((item, i) => reader.AnyString(item, NodeReader.Item(field, i + 1), "an option (its value or label)"))
            .ToList();
        return items.Contains(null) ? null : items.ConvertAll(item => item!);
    }

    private CheckStep? Check(Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["check"].Value, NodeReader.Child(field, "check"), ExpectedSelector);
        var isChecked = entries.TryGetValue("checked", out var checkedEntry)
            ? reader.Bool(checkedEntry.Value, NodeReader.Child(field, "checked"))
            : true;
        return selector is null || isChecked is null ? null : new CheckStep { Index = 0, Name = "", Selector = selector, Checked = isChecked.Value };
    }

    private PressStep? Press(Dictionary<string, YamlEntry> entries, string field)
    {
        var key = reader.NonEmptyString(entries["press"].Value, NodeReader.Child(field, "press"), "a key such as Enter or Control+A");
        var selector = entries.TryGetValue("selector", out var selectorEntry)
            ? reader.NonEmptyString(selectorEntry.Value, NodeReader.Child(field, "selector"), ExpectedSelector)
            : null;
        return key is null ? null : new PressStep { Index = 0, Name = "", Key = key, Selector = selector };
    }

    private WaitStep? Wait(YamlNode value, string field, int number)
    {
        var mapping = reader.Mapping(value, field, "a mapping with one of selector, url or time, e.g. { selector: \"#done\" }");
        if (mapping is null)
            return null;

        var entries = reader.Entries(mapping, field);
        reader.RejectUnknownKeys(entries.Values, field, $"in the wait of step {number}", WaitKeys);
        var present = entries.Values.Where(e => WaitKeys.Contains(e.Key)).OrderBy(e => e.KeyNode.Start).ToList();
        if (present.Count != 1)
        {
            var message = $"expected exactly one of selector, url or time; found {(present.Count == 0 ? "none" : string.Join(", ", present.Select(e => e.Key)))}";
            if (present.Count == 0)
                reader.Report(mapping, field, message);
            else
                reader.Report(present[1].KeyNode, NodeReader.Child(field, present[1].Key), message);
            return null;
        }

        var entry = present[0];
        var entryField = NodeReader.Child(field, entry.Key);
        return entry.Key switch
        {
            "selector" => reader.NonEmptyString(entry.Value, entryField, ExpectedSelector) is { } selector
                ? new WaitStep { Index = 0, Name = "", Selector = selector }
                : null,
            "url" => reader.NonEmptyString(entry.Value, entryField, "a URL glob, e.g. \"**/thank-you*\"") is { } url
                ? new WaitStep { Index = 0, Name = "", Url = url }
                : null,
            _ => reader.Duration(entry.Value, entryField) is { } time
                ? new WaitStep { Index = 0, Name = "", Duration = time }
                : null,
        };
    }

    private ScreenshotStep? Screenshot(Dictionary<string, YamlEntry> entries, string field, out string? label)
    {
        label = null;
        var value = entries["screenshot"].Value;
        var valueField = NodeReader.Child(field, "screenshot");
        var valid = true;
        if (value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "false" or "False" or "FALSE" })
        {
            reader.Report(value, valueField, "expected a label for the screenshot, or true; found 'false' (to take no screenshot, remove the step)");
            valid = false;
        }
        else if (!NodeReader.IsNull(value) && !(value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "True" or "TRUE" }))
        {
            label = reader.NonEmptyString(value, valueField, "a label for the screenshot, or true");
            valid = label is not null;
        }

        var fullPage = entries.TryGetValue("fullPage", out var fullPageEntry)
            ? reader.Bool(fullPageEntry.Value, NodeReader.Child(field, "fullPage"))
            : true;
        return valid && fullPage is not null ? new ScreenshotStep { Index = 0, Name = "", FullPage = fullPage.Value } : null;
    }
}
