using System.Globalization;
using System.Text;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Journeys;

/// <summary>
/// The malformed journeys of issue 18's probe, each now a problem with its line and column instead of a crash or a
/// hang, and the limits of <see cref="YamlLimits"/> at their edges.
/// </summary>
public sealed class JourneyLimitsTests
{
    private const string Head = "name: Limits\nstart: /\nsteps:\n";

    private const string Steps = "steps:\n  - click: \"#go\"\n";

    private static readonly TestCaseData[] OneProblemEach =
    [
        Case("nesting 24,000 deep in brackets", new string('[', 24_000), 1, 65, "(file)", Deep),
        Case("nesting 24,000 deep in a block list", string.Concat(Enumerable.Repeat("- ", 24_000)) + "x", 1, 129, "(file)", Deep),
        Case("nesting 24,000 deep in braces", string.Concat(Enumerable.Repeat("{a: ", 24_000)), 1, 257, "(file)", Deep),
        Case("a value tagged !!int that is no integer", "name: !!int abc\nstart: /\n" + Steps, 1, 7, "(file)", "'!!int' does not fit 'abc'; remove the tag or fix the value"),
        Case("an unknown tag", "name: !secret x\nstart: /\n" + Steps, 1, 7, "(file)", "unknown tag '!secret'; journeys and policies use no tags, so remove it"),
        Case("a core tag journeys do not use", "name: !!binary eA==\nstart: /\n" + Steps, 1, 7, "(file)", "unsupported tag '!!binary'; journeys and policies use no tags, so remove it"),
        Case("a list tagged as a mapping", "name: x\nstart: /\nsensitive: !!map [a]\n" + Steps, 3, 12, "(file)", "'!!map' does not fit a list; remove the tag or fix the value"),
        Case("a boolean where a selector is expected", Head + "  - click: true\n", 4, 12, "steps[1].click", "expected a non-empty selector, e.g. \"#email\" or \"text=Next\"; found a boolean (true) (put it in quotes if you mean the text \"true\")"),
        Case("a number where a selector is expected", Head + "  - click: 5\n", 4, 12, "steps[1].click", "expected a non-empty selector, e.g. \"#email\" or \"text=Next\"; found a number (5) (put it in quotes if you mean the text \"5\")"),
        Case("a tagged number where a name is expected", "name: !!int 5\nstart: /\n" + Steps, 1, 7, "name", "expected the journey's name, a non-empty string; found a number (5) tagged !!int (remove the tag)"),
        Case("a boolean where a word is expected", "name: x\nstart: /\nsensitive: [rape, false]\n" + Steps, 3, 19, "sensitive[2]", "expected a non-empty word or phrase; found a boolean (false) (put it in quotes if you mean the text \"false\")"),
        Case("a raw NUL in start", "name: x\nstart: /\0\n" + Steps, 2, 9, "(file)", "the file holds U+0000 (NUL), a control character; expected printable text (write it as an escape such as \\t in a double-quoted string if it is really meant, where allowed)"),
        Case("an escaped NUL in start", "name: x\nstart: \"/\\0\"\n" + Steps, 2, 8, "start", $"expected {Urls}; found U+0000 (NUL), a control character at character 2 of the value (this value must be one line of printable text)"),
        Case("ESC and BEL in a name", "name: \"Report\\e]0;owned\\a\"\nstart: /\n" + Steps, 1, 7, "name", "expected the journey's name, a non-empty string; found U+001B (ESC), a control character at character 7 of the value (this value must be one line of printable text)"),
        Case("a raw ESC in a name", "name: Report\u001b[2K\nstart: /\n" + Steps, 1, 13, "(file)", "the file holds U+001B (ESC), a control character; expected printable text (write it as an escape such as \\t in a double-quoted string if it is really meant, where allowed)"),
        Case("a bidirectional override in a selector", Head + "  - click: \"text=\\u202Eevil\"\n", 4, 12, "steps[1].click", "expected a non-empty selector, e.g. \"#email\" or \"text=Next\"; found U+202E (RLO), a bidirectional control that makes text display in another order than it is read at character 6 of the value (this value must be one line of printable text)"),
        Case("a C1 control in a step name", Head + "  - name: \"a\\x9bb\"\n    click: a\n", 4, 11, "steps[1].name", "expected a non-empty step name; found U+009B (CSI), a control character at character 2 of the value (this value must be one line of printable text)"),
        Case("half a surrogate pair", "name: a\ud800b\nstart: /\n" + Steps, 1, 8, "(file)", "the file holds U+D800, half of a UTF-16 surrogate pair without its other half (invalid UTF-16); expected printable text (write it as an escape such as \\t in a double-quoted string if it is really meant, where allowed)"),
        Case("a line break in a selector", Head + "  - click: \"a\\nb\"\n", 4, 12, "steps[1].click", "expected a non-empty selector, e.g. \"#email\" or \"text=Next\"; found U+000A (LF), a control character at character 2 of the value (this value must be one line of printable text)"),
        Case("a selector over 4,096 characters", Head + $"  - click: {new string('a', 4_097)}\n", 4, 12, "steps[1].click", "expected a non-empty selector, e.g. \"#email\" or \"text=Next\" of at most 4,096 characters; found 4,097 characters"),
        Case("a value over 64 KiB", Head + $"  - click: \"{new string('a', 100_000)}\"\n", 4, 12, "(file)", "a value of 100,000 characters; the limit for any one value is 65,536"),
        Case("a name over 256 characters", $"name: {new string('n', 257)}\nstart: /\n" + Steps, 1, 7, "name", "expected the journey's name, a non-empty string of at most 256 characters; found 257 characters"),
        Case("1,001 steps", Head + string.Concat(Enumerable.Repeat("  - wait: { time: 1ms }\n", 1_001)), 4, 3, "steps", "1,001 steps; expected at most 1,000 (split the journey)"),
        Case("a list of 10,001 words", "name: x\nstart: /\nsensitive: [" + string.Join(",", Enumerable.Repeat("w", 10_001)) + "]\n" + Steps, 3, 20_013, "(file)", "more than 10,000 items in one list"),
        Case("an alias used as a key", "name: &n x\n*n : y\nstart: /\n" + Steps, 2, 1, "(file)", "an alias (*n) used as a key; expected a plain key such as 'name' (aliases as keys can make a small file take hours to read)"),
        Case("an alias to no anchor", "name: *nowhere\nstart: /\n" + Steps, 1, 7, "(file)", "the alias *nowhere refers to no complete node marked &nowhere before it"),
        Case("a list that holds itself", "name: x\nstart: /\nsensitive: &s [*s]\n" + Steps, 3, 16, "(file)", "the alias *s refers to no complete node marked &s before it"),
        Case("an escape beyond Unicode", "name: \"\\UFFFFFFFF\"\nstart: /\n" + Steps, 1, 5, "(file)", "invalid YAML after this point: an escape such as \\U0001F600 names no Unicode character"),
        Case("an empty tag", "name: !<> x\nstart: /\n" + Steps, 1, 5, "(file)", "invalid YAML after this point: a tag is empty or malformed (journeys and policies need no tags)"),
    ];

    private static string Deep => "lists and mappings nested more than 64 deep; a journey needs far fewer, so look for unclosed brackets";

    private static string Urls => JourneyUrls.ExpectedAbsoluteOrPath;

    [TestCaseSource(nameof(OneProblemEach))]
    public void Reports_one_problem_at_its_place(string yaml, int line, int column, string field, string message) =>
        OneProblem.Check("limits.yaml", yaml, line, column, field, message);

    [Test]
    public void Reports_the_one_character_typo_of_issue_18_in_the_demo_journey_as_invalid_yaml_on_its_line()
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Journeys, "demo", "report-sexual-assault.yaml"));
        var typo = original.Replace("fraud]", "{fraud]", StringComparison.Ordinal);
        var line = original[..original.IndexOf("sensitive:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = JourneyLoader.Parse("typo.yaml", typo);

        Assert.That(typo, Is.Not.EqualTo(original));
        var problem = result.Problems.Single();
        Assert.That(problem.Field, Is.EqualTo("(file)"));
        Assert.That(problem.Message, Is.EqualTo("invalid YAML after this point: an unquoted value that cannot be read here; look for an unclosed [ or {, or a stray character, and quote the value if it is text"));
        Assert.That(problem.Location.Line, Is.EqualTo(line));
    }

    [Test]
    public void An_alias_bomb_used_as_a_key_is_refused_where_it_grows_past_the_limit()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
            bomb.Append(CultureInfo.InvariantCulture, $"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 9))}]\n");
        bomb.Append("*i : x\n");

        var result = JourneyLoader.Parse("bomb.yaml", bomb.ToString());

        Assert.That(Encoding.UTF8.GetByteCount(bomb.ToString()), Is.LessThan(1_000), "as small as the probe's 812 bytes");
        var problem = result.Problems.Single();
        Assert.That(problem.Location.Line, Is.EqualTo(5), "level e is the first to expand past 50,000 values");
        Assert.That(problem.Message, Is.EqualTo("the document holds more than 50,000 values once its aliases (*name) are expanded"));
    }

    [Test]
    public void A_small_alias_is_still_read()
    {
        var result = JourneyLoader.Parse("alias.yaml", "name: x\nstart: /\nsensitive: &words [rape, fraud]\nblock: *words\n" + Steps);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Journeys.Single().Block, Is.EqualTo(new[] { "rape", "fraud" }));
    }

    [Test]
    public void Text_fields_keep_tabs_and_line_breaks_and_names_of_up_to_256_characters()
    {
        var name = new string('n', 256);
        var result = JourneyLoader.Parse("text.yaml", $"name: {name}\ndescription: \"one\\ttwo\\nthree\"\nstart: /\nsteps:\n  - fill: \"#a\"\n    value: \"line 1\\nline 2\"\n");

        Assert.That(result.Problems, Is.Empty);
        var journey = result.Journeys.Single();
        Assert.That(journey.Name, Is.EqualTo(name));
        Assert.That(journey.Description, Is.EqualTo("one\ttwo\nthree"));
        Assert.That(((FillStep)journey.Steps[0]).Value, Is.EqualTo("line 1\nline 2"));
    }

    [Test]
    public void A_value_tagged_str_is_text_even_when_it_looks_like_a_boolean()
    {
        var result = JourneyLoader.Parse("str.yaml", Head + "  - click: !!str true\n");

        Assert.That(result.Problems, Is.Empty);
        Assert.That(((ClickStep)result.Journeys.Single().Steps[0]).Selector, Is.EqualTo("true"));
    }

    [Test]
    public void A_text_over_1_MiB_is_refused_where_it_goes_past_the_limit()
    {
        var yaml = Head + "  - click: \"" + new string('a', 10 * 1024 * 1024) + "\"\n";

        var problem = JourneyLoader.Parse("big.yaml", yaml).Problems.Single();

        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(4, YamlLimits.MaxFileBytes - Head.Length + 1)));
        Assert.That(problem.Message, Is.EqualTo("the file is larger than 1,048,576 bytes (1 MiB), the limit for a journey or policy; this is where it goes past it"));
    }

    [Test]
    public void Reading_stops_with_an_OperationCanceledException_once_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => JourneyLoader.Parse("j.yaml", Head + "  - click: a\n", cancellation.Token));
    }

    [Test]
    public void A_printed_problem_escapes_control_and_bidirectional_characters_from_the_file()
    {
        var problem = JourneyLoader.Parse("evil\u001b]0;title\a.yaml", "name: x\nstart: /\nsteps:\n  - \"clack\\u202e\": a\n").Problems[0];

        var printed = problem.ToString();

        Assert.That(printed, Does.StartWith("evil\\u001B]0;title\\u0007.yaml:4:5: steps[1].clack\\u202E: unknown key 'clack\\u202E'"));
        Assert.That(UnsafeText.IndexOfUnsafe(printed, allowTabAndNewline: false), Is.EqualTo(-1), "no control or bidirectional character is printed raw");
    }

    private static TestCaseData Case(string name, string yaml, int line, int column, string field, string message) =>
        OneProblem.Case(name, yaml, line, column, field, message);
}
