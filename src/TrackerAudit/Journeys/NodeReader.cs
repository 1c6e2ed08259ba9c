using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// Every read either returns a value or records a problem at the node and returns null, so that a caller
// keeps going and a file's author sees everything wrong with it in one pass.
internal sealed class NodeReader(string file)
{
    private static readonly string[] NullScalars = ["", "~", "null", "Null", "NULL"];

    private readonly List<JourneyProblem> _problems = [];

    public IReadOnlyList<JourneyProblem> Problems => _problems;

    public static SourceLocation LocationOf(Mark mark) =>
        new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    public static SourceLocation LocationOf(YamlNode node) => LocationOf(node.Start);

    public static string Child(string field, string key) => field.Length == 0 ? key : $"{field}.{key}";

    public static string Item(string field, int number) => $"{field}[{number}]";

    // A plain "key:" with nothing after it, or ~ / null, means "no value" in YAML; a quoted "" is an empty string.
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && NullScalars.Contains(scalar.Value ?? "", StringComparer.Ordinal);

    public void Report(YamlNode node, string field, string message) => Report(LocationOf(node), field, message);

    public void Report(SourceLocation location, string field, string message) =>
        _problems.Add(new JourneyProblem(file, location, field, message));

    public Dictionary<string, YamlEntry> Entries(YamlMappingNode mapping, string field)
    {
        var entries = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar && !IsNull(key))
                entries[name] = new YamlEntry(name, scalar, value);
            else
                Report(key, field, $"expected a plain key such as 'name'; found {Describe(key)}");
        }

        return entries;
    }

    public void RejectUnknownKeys(IEnumerable<YamlEntry> entries, string field, string where, IReadOnlyList<string> known)
    {
        foreach (var entry in entries.Where(e => !known.Contains(e.Key, StringComparer.Ordinal)))
            Report(entry.KeyNode, Child(field, entry.Key), UnknownKey(entry.Key, where, known, KeySuggestion.Closest(entry.Key, known)));
    }

    public static string UnknownKey(string key, string where, IReadOnlyList<string> expected, string? suggestion)
    {
        var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
        return $"unknown key '{key}' {where}{hint}; expected one of {string.Join(", ", expected)}";
    }

    public YamlMappingNode? Mapping(YamlNode node, string field, string expected)
    {
        if (node is YamlMappingNode mapping)
            return mapping;
        Report(node, field, $"expected {expected}; found {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string field, string expected)
    {
        if (node is YamlSequenceNode sequence)
            return sequence;
        Report(node, field, $"expected {expected}; found {Describe(node)}");
        return null;
    }

    public string? NonEmptyString(YamlNode node, string field, string expected)
    {
        var text = AnyString(node, field, expected);
        if (text is null || !string.IsNullOrWhiteSpace(text))
            return text;
        Report(node, field, $"expected {expected}; found an empty string");
        return null;
    }

    // May be empty (a fill step that clears a field) but must be there.
    public string? AnyString(YamlNode node, string field, string expected)
    {
        if (node is YamlScalarNode scalar && !IsNull(node))
            return scalar.Value ?? "";
        Report(node, field, $"expected {expected}; found {Describe(node)}");
        return null;
    }

    public bool? Bool(YamlNode node, string field)
    {
        // Only a plain true/false is a YAML boolean; "true" in quotes is a string, and accepting it would hide mistakes.
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } value })
        {
            if (value is "true" or "True" or "TRUE")
                return true;
            if (value is "false" or "False" or "FALSE")
                return false;
        }

        var quoted = node is YamlScalarNode { Value: "true" or "false" };
        Report(node, field, quoted ? $"expected true or false without quotes; found the string {Describe(node)}" : $"expected true or false; found {Describe(node)}");
        return null;
    }

    public TimeSpan? Duration(YamlNode node, string field)
    {
        var text = AnyString(node, field, JourneyDurations.Expected);
        if (text is null)
            return null;
        if (JourneyDurations.TryParse(text, out var duration))
            return duration;
        Report(node, field, $"expected {JourneyDurations.Expected} (more than zero); found '{text}'");
        return null;
    }

    public string? Url(YamlNode node, string field, bool allowPath)
    {
        var expected = allowPath ? JourneyUrls.ExpectedAbsoluteOrPath : JourneyUrls.ExpectedAbsolute;
        var text = NonEmptyString(node, field, expected);
        if (text is null)
            return null;
        if (allowPath ? JourneyUrls.IsAbsoluteHttpOrPath(text) : JourneyUrls.IsAbsoluteHttp(text))
            return text;
        Report(node, field, $"expected {expected}; found '{text}'");
        return null;
    }

    public IReadOnlyList<string>? StringList(YamlNode node, string field, string expectedItems, string expectedItem)
    {
        var sequence = Sequence(node, field, $"a list of {expectedItems}, e.g. [first, second]");
        if (sequence is null)
            return null;

        var items = new List<string>();
        var valid = true;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = NonEmptyString(sequence.Children[i], Item(field, i + 1), $"a non-empty {expectedItem}");
            if (item is null)
                valid = false;
            else
                items.Add(item);
        }

        return valid ? items : null;
    }

    public void CheckPlaceholders(YamlNode node, string field, string text, IReadOnlyCollection<string>? inputs)
    {
        foreach (var message in Placeholders.Check(text, inputs))
            Report(node, field, message);
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping (key: value pairs)",
        _ when IsNull(node) => "nothing",
        YamlScalarNode { Value: { } value } => $"'{value}'",
        _ => "something else",
    };
}
