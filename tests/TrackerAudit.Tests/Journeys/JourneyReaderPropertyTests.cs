using System.Globalization;
using System.Text;
using CsCheck;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Journeys;

/// <summary>
/// Properties of the journey reader over generated input, each with a fixed budget of cases (CsCheck prints the seed
/// of a failing case, so it can be rerun). A longer run: TRACKERAUDIT_FUZZ_ITER=1000000 (see docs/reliability.md).
/// </summary>
public sealed class JourneyReaderPropertyTests
{
    private static readonly long Budget =
        long.TryParse(Environment.GetEnvironmentVariable("TRACKERAUDIT_FUZZ_ITER"), NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) && iterations > 0
            ? iterations
            : 2_000;

    private static readonly string[] Tokens =
    [
        "name: ", "start: ", "steps:", "sensitive: ", "block: ", "cookies:", "inputs:", "consent:", "expect:", "description: ",
        "- ", "  ", "\n", "click: ", "fill: ", "value: ", "goto: ", "wait: ", "{ time: 1s }", "select: ", "values: ",
        "[", "]", "{", "}", ", ", ": ", "\"", "'", "&a ", "*a", "!!int ", "!!str ", "!<> ", "!x ", "|", ">", "#", "---\n", "...",
        "%YAML 1.2\n", "? ", "\\", "\\UFFFFFFFF", "\\e", "\\0", "\\u202e", "\t", "\0", "\u001b", "\u202e", "\ud800", "\r",
        "true", "false", "5", "1.5", "~", "null", "/", "https://example.org/", "\"#go\"", "text=Next", "${canary.email}",
    ];

    private static readonly Gen<string> Tokenised = Gen.OneOf(Tokens).Array[0, 60].Select(string.Concat);

    private static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 200];

    // Printable characters a double-quoted YAML string keeps as they are (no line separators, no BOM).
    private static readonly Gen<char> Printable = Gen.OneOf(
        Gen.Char[' ', '~'],
        Gen.Char['\u00A0', '\u2027'],
        Gen.Char['\u2030', '\u2065'],
        Gen.Char['\u206A', '\uD7FF'],
        Gen.Char['\uE000', '\uFEFE']);

    private static readonly string[] UnsafeCharacters = ["\\0", "\\a", "\\b", "\\e", "\\t", "\\n", "\\r", "\\x7f", "\\x85", "\\x9b", "\\u202a", "\\u202e", "\\u2066", "\\u2069"];

    [Test]
    public void Any_tokenised_text_gives_a_journey_or_problems_with_a_place_and_never_throws() =>
        Tokenised.Sample(AssertReadsCleanly, iter: Budget);

    [Test]
    public void Any_text_at_all_gives_a_journey_or_problems_with_a_place_and_never_throws() =>
        AnyText.Sample(AssertReadsCleanly, iter: Budget);

    [Test]
    public void A_real_journey_with_a_token_inserted_and_characters_deleted_anywhere_gives_a_journey_or_problems_and_never_throws()
    {
        var journey = File.ReadAllText(Path.Combine(RepoPaths.Journeys, "demo", "report-sexual-assault.yaml"));

        Gen.Select(Gen.Int[0, journey.Length], Gen.OneOf(Tokens), Gen.Int[0, journey.Length])
            .Select(t =>
            {
                var inserted = journey.Insert(t.Item1, t.Item2);
                var at = Math.Min(t.Item3, inserted.Length);
                return inserted.Remove(at, Math.Min(3, inserted.Length - at));
            })
            .Sample(AssertReadsCleanly, iter: Budget);
    }

    [Test]
    public void Any_printable_name_of_up_to_256_characters_is_read_back_exactly() =>
        Gen.String[Printable, 0, 255].Select(s => "n" + s)
            .Sample(
                name =>
                {
                    var result = JourneyLoader.Parse("name.yaml", $"name: {Quoted(name)}\nstart: /\nsteps:\n  - click: \"#go\"\n");

                    Assert.That(result.Problems, Is.Empty);
                    Assert.That(result.Journeys.Single().Name, Is.EqualTo(name));
                },
                iter: Budget);

    [Test]
    public void A_control_or_bidirectional_character_anywhere_in_a_name_is_reported_at_its_position() =>
        Gen.Select(Gen.String[Printable, 0, 100], Gen.OneOf(UnsafeCharacters), Gen.Int[0, 100])
            .Sample(
                (text, escape, at) =>
                {
                    var position = Math.Min(at, text.Length);
                    var yaml = $"name: \"{Escaped(text[..position])}{escape}{Escaped(text[position..])}\"\nstart: /\nsteps:\n  - click: \"#go\"\n";

                    var problem = JourneyLoader.Parse("name.yaml", yaml).Problems.Single();

                    Assert.That(problem.Field, Is.EqualTo("name"));
                    Assert.That(problem.Location, Is.EqualTo(new SourceLocation(1, 7)));
                    Assert.That(problem.Message, Does.Contain(string.Create(CultureInfo.InvariantCulture, $" at character {position + 1} of the value")));
                },
                iter: Budget);

    private static void AssertReadsCleanly(string yaml)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = JourneyLoader.Parse("generated.yaml", yaml, cancellation.Token);

        Assert.That(result.IsValid, Is.EqualTo(result.Journeys.Count == 1));
        Assert.That(result.Problems, Has.All.Matches<JourneyProblem>(p => p.Location.Line >= 1 && p.Location.Column >= 1 && p.Message.Length > 0));
        Assert.That(result.Problems.Select(p => p.ToString()), Has.None.Matches<string>(s => UnsafeText.IndexOfUnsafe(s, allowTabAndNewline: false) >= 0));
    }

    private static string Quoted(string text) => $"\"{Escaped(text)}\"";

    private static string Escaped(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
            escaped.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return escaped.ToString();
    }
}
