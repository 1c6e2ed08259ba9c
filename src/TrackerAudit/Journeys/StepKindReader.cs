using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// Each method reads the keys of one step kind. The step it returns has a blank Index and Name, which the
// caller fills in with the parts every kind shares.
internal sealed class StepKindReader(NodeReader reader, IReadOnlyCollection<string> inputs)
{
    private const string ExpectedSelector = "a non-empty selector, e.g. \"#email\" or \"text=Next\"";

    /// <summary>The most pages one follow-links step may visit.</summary>
    public const int MaxFollowedPages = 50;

    private static readonly string[] WaitKeys = ["selector", "url", "time"];

    public GotoStep? Goto(YamlNode value, string field) =>
        reader.Url(value, field, allowPath: true) is { } url ? new GotoStep { Index = 0, Name = "", Url = url } : null;

    public ClickStep? Click(YamlNode value, string field) =>
        reader.NonEmptyString(value, field, ExpectedSelector, TextRule.Selector) is { } selector
            ? new ClickStep { Index = 0, Name = "", Selector = selector }
            : null;

    public FillStep? Fill(YamlMappingNode mapping, Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["fill"].Value, NodeReader.Child(field, "fill"), ExpectedSelector, TextRule.Selector);
        var valueField = NodeReader.Child(field, "value");
        if (!entries.TryGetValue("value", out var valueEntry))
        {
            reader.Report(mapping, valueField, "a fill step needs value: the text to type, e.g. value: \"${inputs.email}\"");
            return null;
        }

        var value = reader.AnyString(valueEntry.Value, valueField, "the text to type (a string; \"\" clears the field)", TextRule.Text);
        if (value is not null)
            reader.CheckPlaceholders(valueEntry.Value, valueField, value, inputs);
        return selector is null || value is null ? null : new FillStep { Index = 0, Name = "", Selector = selector, Value = value };
    }

    public SelectStep? Select(YamlMappingNode mapping, Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["select"].Value, NodeReader.Child(field, "select"), ExpectedSelector, TextRule.Selector);
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

    public CheckStep? Check(Dictionary<string, YamlEntry> entries, string field)
    {
        var selector = reader.NonEmptyString(entries["check"].Value, NodeReader.Child(field, "check"), ExpectedSelector, TextRule.Selector);
        var isChecked = entries.TryGetValue("checked", out var checkedEntry)
            ? reader.Bool(checkedEntry.Value, NodeReader.Child(field, "checked"))
            : true;
        return selector is null || isChecked is null ? null : new CheckStep { Index = 0, Name = "", Selector = selector, Checked = isChecked.Value };
    }

    public PressStep? Press(Dictionary<string, YamlEntry> entries, string field)
    {
        var key = reader.NonEmptyString(entries["press"].Value, NodeReader.Child(field, "press"), "a key such as Enter or Control+A");
        var selector = entries.TryGetValue("selector", out var selectorEntry)
            ? reader.NonEmptyString(selectorEntry.Value, NodeReader.Child(field, "selector"), ExpectedSelector, TextRule.Selector)
            : null;
        return key is null ? null : new PressStep { Index = 0, Name = "", Key = key, Selector = selector };
    }

    public WaitStep? Wait(YamlNode value, string field, int number)
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
            "selector" => reader.NonEmptyString(entry.Value, entryField, ExpectedSelector, TextRule.Selector) is { } selector
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

    public ScreenshotStep? Screenshot(Dictionary<string, YamlEntry> entries, string field, out string? label)
    {
        label = null;
        var value = entries["screenshot"].Value;
        var valueField = NodeReader.Child(field, "screenshot");
        var valid = true;
        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" or "False" or "FALSE" })
        {
            reader.Report(value, valueField, "expected a label for the screenshot, or true; found 'false' (to take no screenshot, remove the step)");
            valid = false;
        }
        else if (!NodeReader.IsNull(value) && !(value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "True" or "TRUE" }))
        {
            label = reader.NonEmptyString(value, valueField, "a label for the screenshot, or true");
            valid = label is not null;
        }

        var fullPage = entries.TryGetValue("fullPage", out var fullPageEntry)
            ? reader.Bool(fullPageEntry.Value, NodeReader.Child(field, "fullPage"))
            : true;
        return valid && fullPage is not null ? new ScreenshotStep { Index = 0, Name = "", FullPage = fullPage.Value } : null;
    }

    // Step kinds that take no argument are written "scroll: true", so that the step still reads as a mapping.
    public T? Flag<T>(YamlNode value, string field, T step)
        where T : Step
    {
        var flag = reader.Bool(value, field);
        if (flag is false)
            reader.Report(value, field, "expected true; to leave the step out, remove it");
        return flag is true ? step : null;
    }

    public FollowLinksStep? FollowLinks(Dictionary<string, YamlEntry> entries, string field)
    {
        var kind = entries["follow-links"].Value;
        var pages = reader.WholeNumber(kind, NodeReader.Child(field, "follow-links"), MaxFollowedPages, "how many pages to visit");
        var seed = entries.TryGetValue("seed", out var seedEntry)
            ? reader.WholeNumber(seedEntry.Value, NodeReader.Child(field, "seed"), int.MaxValue, "the seed of the choice")
            : 0;
        return pages is null || seed is null ? null : new FollowLinksStep { Index = 0, Name = "", Pages = pages.Value, Seed = seed.Value };
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
}
