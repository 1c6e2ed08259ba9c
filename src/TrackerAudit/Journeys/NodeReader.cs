using System.Globalization;
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
    // An explicit tag decides: !!str ~ is the text "~", and !!null is nothing.
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && (TagOf(scalar) is { } tag
            ? tag == "null"
            : scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && NullScalars.Contains(scalar.Value ?? "", StringComparer.Ordinal));

    // The core-schema name of a scalar's explicit tag (str, int, bool...), or null when it has none. YamlGuard
    // has already refused every other tag and every value that does not fit its tag.
    private static string? TagOf(YamlScalarNode scalar) =>
        scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value[(scalar.Tag.Value.LastIndexOf(':') + 1)..];

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

    public string? NonEmptyString(YamlNode node, string field, string expected, TextRule? rule = null)
    {
        var text = AnyString(node, field, expected, rule);
        if (text is null || !string.IsNullOrWhiteSpace(text))
            return text;
        Report(node, field, $"expected {expected}; found an empty string");
        return null;
    }

    // May be empty (a fill step that clears a field) but must be there. A boolean, or a number where the rule
    // refuses one, is a mistake to show rather than text to use: "click: true" was never meant as a selector.
    public string? AnyString(YamlNode node, string field, string expected, TextRule? rule = null)
    {
        rule ??= TextRule.Line;
        if (node is not YamlScalarNode scalar || IsNull(node))
        {
            Report(node, field, $"expected {expected}; found {Describe(node)}");
            return null;
        }

        if (NotText(scalar, rule) is { } type)
        {
            var quote = TagOf(scalar) is null ? $" (put it in quotes if you mean the text \"{Shorten(scalar.Value ?? "")}\")" : " (remove the tag)";
            Report(node, field, $"expected {expected}; found {type}{quote}");
            return null;
        }

        var text = scalar.Value ?? "";
        if (text.Length > rule.MaxLength)
        {
            Report(node, field, string.Create(CultureInfo.InvariantCulture, $"expected {expected} of at most {rule.MaxLength:N0} characters; found {text.Length:N0} characters"));
            return null;
        }

        var unsafeAt = UnsafeText.IndexOfUnsafe(text, allowTabAndNewline: rule.Multiline);
        if (unsafeAt >= 0)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"at character {unsafeAt + 1} of the value");
            Report(node, field, $"expected {expected}; found {UnsafeText.Describe(text, unsafeAt)} {where}{(rule.Multiline ? "" : " (this value must be one line of printable text)")}");
            return null;
        }

        return text;
    }

    private static string? NotText(YamlScalarNode scalar, TextRule rule)
    {
        var value = scalar.Value ?? "";
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        switch (TagOf(scalar))
        {
            case "bool":
                return $"a boolean ({value})";
            case "int" or "float" when rule.Numbers != NumberUse.Wanted:
                return $"a number ({Shorten(value)}) tagged !!{TagOf(scalar)}";
            case null when plain && YamlScalars.IsBoolean(value):
                return $"a boolean ({value})";
            case null when plain && rule.Numbers == NumberUse.Refused && (YamlScalars.IsInteger(value) || YamlScalars.IsFloat(value)):
                return $"a number ({Shorten(value)})";
            default:
                return null;
        }
    }

    public bool? Bool(YamlNode node, string field)
    {
        // Only a plain true/false is a YAML boolean; "true" in quotes is a string, and accepting it would hide mistakes.
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } value } scalar && TagOf(scalar) is null or "bool")
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

    public int? WholeNumber(YamlNode node, string field, int maximum, string what)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"{what}: a whole number from 0 to {maximum}");
        var text = NonEmptyString(node, field, expected, TextRule.Number);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= maximum)
            return number;

        Report(node, field, $"expected {expected}; found '{Shorten(text)}'");
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
        var text = NonEmptyString(node, field, expected, TextRule.Url);
        if (text is null)
            return null;
        if (allowPath ? JourneyUrls.IsAbsoluteHttpOrPath(text) : JourneyUrls.IsAbsoluteHttp(text))
            return text;
        Report(node, field, $"expected {expected}; found '{Shorten(text)}'");
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
        YamlScalarNode { Value: { } value } => $"'{Shorten(value)}'",
        _ => "something else",
    };

    // A value echoed in a message: a 60,000-character value would bury the message itself.
    public static string Shorten(string value) =>
        value.Length <= 80 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..60]}... ({value.Length:N0} characters)");
}
