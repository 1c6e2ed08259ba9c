using System.Globalization;
using TrackerAudit.Expectations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// Reads a list of expectations: a journey's expect: or a policy's rules:, which share one entry syntax.
// A journey's steps (null when they could not all be read, so that one broken step does not also flag
// every reference to it) are what step references are checked against; a policy has no steps and
// takes step numbers only.
internal sealed class ExpectationReader(NodeReader reader, string listField, IReadOnlyList<Step>? steps, bool stepNamesAllowed)
{
    private static readonly string[] RuleKeys = ["no-requests", "no-findings", "no-typed-data-leaves", "max-third-party-hosts", "event"];

    private static readonly string[] EntryKeys = ["name", .. RuleKeys];

    private static readonly string[] NoRequestsKeys = ["hosts", "trackers", "categories", "from-step", "pages"];

    private static readonly string[] NoFindingsKeys = ["category", "severity"];

    private static readonly string[] EventKeys = ["tracker", "name", "step", "fires"];

    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);

    private readonly ExpectationValues _values = new(reader);

    private string Noun => listField == "rules" ? "rule" : "expectation";

    private string WithArticle => listField == "rules" ? "a rule" : "an expectation";

    public IReadOnlyList<Expectation>? ReadAll(YamlNode node, bool requireOne)
    {
        var sequence = reader.Sequence(node, listField, $"a list of {Noun}s, e.g. - {{ name: No Meta Pixel, no-requests: {{ trackers: [meta-pixel] }} }}");
        if (sequence is null)
            return null;
        if (requireOne && sequence.Children.Count == 0)
        {
            reader.Report(sequence, listField, $"expected at least one {Noun}");
            return null;
        }

        var expectations = new List<Expectation>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(sequence.Children[i], i + 1) is { } expectation)
                expectations.Add(expectation);
        }

        return expectations.Count == sequence.Children.Count ? expectations : null;
    }

    private Expectation? Read(YamlNode node, int number)
    {
        var field = NodeReader.Item(listField, number);
        var mapping = reader.Mapping(node, field, $"{WithArticle}: a mapping with name and one rule key, e.g. {{ name: No Meta Pixel, no-requests: {{ trackers: [meta-pixel] }} }}");
        if (mapping is null)
            return null;

        var problemsBefore = reader.Problems.Count;
        var entries = reader.Entries(mapping, field);
        var suggestedRule = RejectUnknownKeys(entries, number, field);
        var rule = RuleOf(entries, number, field);
        if (rule is null && !suggestedRule && !entries.Values.Any(e => RuleKeys.Contains(e.Key, StringComparer.Ordinal)))
            reader.Report(mapping, field, $"{Noun} {number} has no rule key; expected exactly one of {string.Join(", ", RuleKeys)}");

        var name = Name(entries, mapping, number, field);
        if (rule is null)
            return null;

        var ruleField = NodeReader.Child(field, rule.Key);
        var expectation = rule.Key switch
        {
            "no-requests" => NoRequests(rule.Value, ruleField, number),
            "no-findings" => NoFindings(rule.Value, ruleField, number),
            "no-typed-data-leaves" => NoTypedDataLeaves(rule.Value, ruleField),
            "max-third-party-hosts" => MaxThirdPartyHosts(rule.Value, ruleField),
            _ => (Expectation?)Event(rule.Value, ruleField, number),
        };

        if (expectation is null || name is null || reader.Problems.Count != problemsBefore)
            return null;
        return expectation with { Name = name, Location = NodeReader.LocationOf(mapping) };
    }

    // Returns whether an unknown key looked like a misspelt rule key, which already explains a missing rule.
    private bool RejectUnknownKeys(Dictionary<string, YamlEntry> entries, int number, string field)
    {
        var suggestedRule = false;
        foreach (var entry in entries.Values.Where(e => !EntryKeys.Contains(e.Key, StringComparer.Ordinal)))
        {
            var suggestion = KeySuggestion.Closest(entry.Key, EntryKeys);
            suggestedRule |= suggestion is not null && RuleKeys.Contains(suggestion, StringComparer.Ordinal);
            reader.Report(entry.KeyNode, NodeReader.Child(field, entry.Key), NodeReader.UnknownKey(entry.Key, $"in {Noun} {number}", EntryKeys, suggestion));
        }

        return suggestedRule;
    }

    private YamlEntry? RuleOf(Dictionary<string, YamlEntry> entries, int number, string field)
    {
        var rules = entries.Values.Where(e => RuleKeys.Contains(e.Key, StringComparer.Ordinal)).OrderBy(e => e.KeyNode.Start).ToList();
        if (rules.Count > 1)
        {
            reader.Report(
                rules[1].KeyNode,
                NodeReader.Child(field, rules[1].Key),
                $"{Noun} {number} has more than one rule key ({string.Join(", ", rules.Select(r => r.Key))}); expected exactly one, so split it into one {Noun} per rule");
            return null;
        }

        return rules.Count == 1 ? rules[0] : null;
    }

    private string? Name(Dictionary<string, YamlEntry> entries, YamlMappingNode mapping, int number, string field)
    {
        var nameField = NodeReader.Child(field, "name");
        if (!entries.TryGetValue("name", out var entry))
        {
            reader.Report(mapping, nameField, $"{Noun} {number} has no 'name'; expected a name that says what it checks, e.g. name: No Meta Pixel on report pages");
            return null;
        }

        var name = reader.NonEmptyString(entry.Value, nameField, $"a non-empty name for {WithArticle}", TextRule.Name);
        if (name is null)
            return null;
        if (_names.TryAdd(name, number))
            return name;

        reader.Report(entry.Value, nameField, $"name '{name}' is already used by {Noun} {_names[name]}; expected a name unique in {listField} (case is ignored)");
        return null;
    }

    private NoRequestsExpectation? NoRequests(YamlNode node, string field, int number)
    {
        var mapping = reader.Mapping(node, field, "a mapping with hosts, trackers or categories, e.g. { trackers: [meta-pixel] }");
        if (mapping is null)
            return null;

        var entries = reader.Entries(mapping, field);
        reader.RejectUnknownKeys(entries.Values, field, $"in the no-requests of {Noun} {number}", NoRequestsKeys);
        if (!entries.ContainsKey("hosts") && !entries.ContainsKey("trackers") && !entries.ContainsKey("categories"))
            reader.Report(mapping, field, "expected hosts, trackers or categories: what must not be contacted, e.g. trackers: [meta-pixel]");

        var hosts = entries.TryGetValue("hosts", out var hostsEntry) ? _values.Hosts(hostsEntry.Value, NodeReader.Child(field, "hosts")) : [];
        var trackers = entries.TryGetValue("trackers", out var trackersEntry) ? _values.Trackers(trackersEntry.Value, NodeReader.Child(field, "trackers")) : [];
        var categories = entries.TryGetValue("categories", out var categoriesEntry) ? _values.ThirdPartyCategories(categoriesEntry.Value, NodeReader.Child(field, "categories")) : [];
        var fromStep = entries.TryGetValue("from-step", out var fromEntry) ? ReadStepReference(fromEntry.Value, NodeReader.Child(field, "from-step")) : null;
        var pages = entries.TryGetValue("pages", out var pagesEntry)
            ? _values.Pages(pagesEntry.Value, NodeReader.Child(field, "pages"))
            : [];

        return hosts is null || trackers is null || categories is null || pages is null || (fromEntry is not null && fromStep is null)
            ? null
            : new NoRequestsExpectation { Name = "", Hosts = hosts, Trackers = trackers, Categories = categories, FromStep = fromStep, Pages = pages };
    }

    private NoFindingsExpectation? NoFindings(YamlNode node, string field, int number)
    {
        var mapping = reader.Mapping(node, field, "a mapping with category, severity or both, e.g. { severity: high }");
        if (mapping is null)
            return null;

        var entries = reader.Entries(mapping, field);
        reader.RejectUnknownKeys(entries.Values, field, $"in the no-findings of {Noun} {number}", NoFindingsKeys);
        if (!entries.ContainsKey("category") && !entries.ContainsKey("severity"))
            reader.Report(mapping, field, "expected category, severity or both: which findings must not occur, e.g. severity: high");

        var category = entries.TryGetValue("category", out var categoryEntry)
            ? _values.Named(categoryEntry.Value, NodeReader.Child(field, "category"), ExpectationValues.Categories)
            : null;
        var severity = entries.TryGetValue("severity", out var severityEntry)
            ? _values.Named(severityEntry.Value, NodeReader.Child(field, "severity"), ExpectationValues.Severities)
            : null;

        return (categoryEntry is not null && category is null) || (severityEntry is not null && severity is null)
            ? null
            : new NoFindingsExpectation { Name = "", Category = category, MinimumSeverity = severity };
    }

    private NoTypedDataLeavesExpectation? NoTypedDataLeaves(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "true" or "True" or "TRUE" })
            return new NoTypedDataLeavesExpectation { Name = "" };

        var isFalse = node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "false" or "False" or "FALSE" };
        reader.Report(node, field, isFalse
            ? "expected true; found 'false' (to stop checking this, remove the expectation)"
            : $"expected true (without quotes); found {NodeReader.Describe(node)}");
        return null;
    }

    private MaxThirdPartyHostsExpectation? MaxThirdPartyHosts(YamlNode node, string field)
    {
        const string Expected = "a whole number of third-party hosts, 0 or more";
        var text = reader.NonEmptyString(node, field, Expected, TextRule.Number);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var maximum))
            return new MaxThirdPartyHostsExpectation { Name = "", Maximum = maximum };

        reader.Report(node, field, $"expected {Expected}; found '{text}'");
        return null;
    }

    private TrackerEventExpectation? Event(YamlNode node, string field, int number)
    {
        var mapping = reader.Mapping(node, field, "a mapping with tracker and name, e.g. { tracker: meta-pixel, name: PageView, fires: true }");
        if (mapping is null)
            return null;

        var entries = reader.Entries(mapping, field);
        reader.RejectUnknownKeys(entries.Values, field, $"in the event of {Noun} {number}", EventKeys);

        string? Required(string key, string example, Func<YamlNode, string, string?> read)
        {
            if (entries.TryGetValue(key, out var entry))
                return read(entry.Value, NodeReader.Child(field, key));
            reader.Report(mapping, NodeReader.Child(field, key), $"the event has no '{key}'; expected it, e.g. {example}");
            return null;
        }

        var tracker = Required("tracker", "tracker: meta-pixel", _values.Tracker);
        var name = Required("name", "name: PageView", (value, nameField) => reader.NonEmptyString(value, nameField, "the event's name as the tracker receives it, e.g. PageView"));
        var step = entries.TryGetValue("step", out var stepEntry) ? ReadStepReference(stepEntry.Value, NodeReader.Child(field, "step")) : null;
        var fires = entries.TryGetValue("fires", out var firesEntry) ? reader.Bool(firesEntry.Value, NodeReader.Child(field, "fires")) : true;

        return tracker is null || name is null || fires is null || (stepEntry is not null && step is null)
            ? null
            : new TrackerEventExpectation { Name = "", Tracker = tracker, EventName = name, Step = step, Fires = fires.Value };
    }

    private StepReference? ReadStepReference(YamlNode node, string field)
    {
        var expected = stepNamesAllowed
            ? "a step number (0 for the start page, 1 for the first step) or a step name"
            : "a step number (0 for the start page, 1 for the first step)";
        var text = reader.NonEmptyString(node, field, expected, TextRule.Number);
        if (text is null)
            return null;

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            if (index < 0)
            {
                reader.Report(node, field, $"expected {expected}; found '{text}'");
                return null;
            }

            if (steps is not null && index > steps.Count)
            {
                reader.Report(node, field, string.Create(CultureInfo.InvariantCulture, $"the journey has {steps.Count} steps; expected a step number from 0 to {steps.Count}, or a step name; found '{text}'"));
                return null;
            }

            return StepReference.At(index);
        }

        if (!stepNamesAllowed)
        {
            reader.Report(node, field, $"expected {expected}; found '{text}' (a policy applies to every journey, so its rules refer to steps by number, not by name)");
            return null;
        }

        if (steps is not null && !steps.Any(s => string.Equals(s.Name, text, StringComparison.OrdinalIgnoreCase)))
        {
            var suggestion = KeySuggestion.Closest(text, steps.Select(s => s.Name));
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            reader.Report(node, field, $"no step of the journey is named '{text}'{hint}; expected a step number or the name of one of the journey's steps");
            return null;
        }

        return StepReference.Named(text);
    }
}
