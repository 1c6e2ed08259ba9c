using System.Globalization;
using System.Text;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reliability;

/// <summary>
/// Malformed journeys and policies, made at test time from the repository's real ones by seeded mutations, so that
/// every run tests the same files and a failing case can be rebuilt from its number alone.
/// </summary>
internal static class MalformedYaml
{
    public const int Seed = 20261204;

    public const int JourneysPerSource = 400;

    public const int PoliciesPerSource = 400;

    private static readonly (string Name, Func<Random, string, string> Mutate)[] Mutations =
    [
        ("truncated", (r, t) => t[..r.Next(t.Length)]),
        ("characters deleted", DeleteCharacters),
        ("a range duplicated", DuplicateRange),
        ("YAML punctuation inserted", InsertPunctuation),
        ("lines swapped", SwapLines),
        ("a line re-indented", Reindent),
        ("nested deep", NestDeep),
        ("an alias bomb", AliasBomb),
        ("a tag", Tag),
        ("a raw control or bidi character", RawControl),
        ("an escape in a quoted value", QuotedEscape),
        ("a huge value", HugeValue),
        ("a value of the wrong type", WrongType),
        ("a huge list", HugeList),
        ("anchors and aliases", Aliases),
        ("documents and directives", Documents),
        ("a character replaced by any other", AnyCharacter),
        ("two mutations", Twice),
    ];

    private static readonly string[] Punctuation = ["[", "]", "{", "}", ":", ": ", "- ", ",", "&", "*", "!", "|", ">", "\"", "'", "#", "%", "@", "`", "?", "\t", "\n", "\r", "\\"];

    private static readonly string[] RawCharacters = ["\0", "\a", "\b", "\u001b", "\u001b[2K\r", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066", "\ud800", "\udc00", "\ufeff", "\u000b", "\f"];

    private static readonly string[] Escapes = ["\\UFFFFFFFF", "\\U00110000", "\\ud800", "\\udc00x", "\\0", "\\e[31m", "\\a", "\\u202e", "\\x85", "\\x9b", "\\U0010FFFF", "\\N", "\\_", "\\L", "\\P", "\\x", "\\u12", "\\q"];

    private static readonly string[] Tags = ["!!int ", "!!float ", "!!bool ", "!!null ", "!!str ", "!!map ", "!!seq ", "!<> ", "!foo ", "!!binary ", "!!timestamp ", "!<tag:yaml.org,2002:str> ", "! ", "!<!> ", "!e! ", "!!set ", "!!omap "];

    private static readonly string[] WrongValues = ["true", "false", "TRUE", "123", "-1", "1.5", "1e400", ".inf", ".nan", "0x1F", "~", "null", "[]", "{}", "[a, b]", "{a: b}", "\"\"", "''", "|\n  text", ">-\n  text", "? a\n  : b"];

    /// <summary>Every generated case: a name that says what was done, and the text.</summary>
    public static IEnumerable<(string Name, string Kind, string Text)> Cases()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Journeys, "demo"), "*.yaml").Order(StringComparer.Ordinal).Select(f => (File: f, Kind: "journey", Count: JourneysPerSource))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Journeys, "policies"), "*.yaml").Order(StringComparer.Ordinal).Select(f => (File: f, Kind: "policy", Count: PoliciesPerSource)));
        foreach (var (file, kind, count) in sources)
        {
            var text = File.ReadAllText(file);
            for (var i = 0; i < count; i++)
            {
                var mutation = Mutations[i % Mutations.Length];
                var random = new Random(Seed + i);
                yield return (string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)} #{i:D3} ({mutation.Name})"), kind, mutation.Mutate(random, text));
            }
        }
    }

    private static int At(Random r, string t) => t.Length == 0 ? 0 : r.Next(t.Length + 1);

    private static string DeleteCharacters(Random r, string t)
    {
        for (var n = r.Next(1, 4); n > 0 && t.Length > 0; n--)
        {
            var start = r.Next(t.Length);
            t = t.Remove(start, Math.Min(r.Next(1, 6), t.Length - start));
        }

        return t;
    }

    private static string DuplicateRange(Random r, string t)
    {
        var start = r.Next(t.Length);
        var range = t.Substring(start, Math.Min(r.Next(1, 200), t.Length - start));
        return t.Insert(At(r, t), range);
    }

    private static string InsertPunctuation(Random r, string t)
    {
        for (var n = r.Next(1, 4); n > 0; n--)
            t = t.Insert(At(r, t), Punctuation[r.Next(Punctuation.Length)]);
        return t;
    }

    private static string SwapLines(Random r, string t)
    {
        var lines = t.Split('\n');
        var (a, b) = (r.Next(lines.Length), r.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private static string Reindent(Random r, string t)
    {
        var lines = t.Split('\n');
        var i = r.Next(lines.Length);
        lines[i] = r.Next(2) == 0 ? new string(' ', r.Next(1, 9)) + lines[i] : lines[i].TrimStart();
        return string.Join('\n', lines);
    }

    // Replaces a value (what follows a random ": ") with nesting up to far beyond the depth limit.
    private static string NestDeep(Random r, string t)
    {
        int[] depths = [10, 63, 64, 65, 200, 5_000, 24_000];
        var depth = depths[r.Next(depths.Length)];
        var closed = r.Next(2) == 0;
        var nested = r.Next(4) switch
        {
            0 => new string('[', depth) + (closed ? new string(']', depth) : ""),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "b" + (closed ? new string('}', depth) : ""),
            2 => "\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x",
            _ => string.Concat(Enumerable.Range(0, Math.Min(depth, 3_000)).Select(d => "\n" + new string(' ', 2 * (d + 1)) + "a:")) + " b",
        };
        return ReplaceValue(r, t, nested);
    }

    private static string AliasBomb(Random r, string t)
    {
        var levels = r.Next(3, 10);
        var bomb = new StringBuilder("bomb0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 1; level < levels; level++)
            bomb.Append(CultureInfo.InvariantCulture, $"bomb{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        var last = levels - 1;
        return r.Next(3) switch
        {
            0 => bomb + t + $"*a{last} : x\n",
            1 => bomb + t.Replace("steps:", $"steps: *a{last}\nignored:", StringComparison.Ordinal),
            _ => $"{{ {string.Join(", ", Enumerable.Range(0, levels).Select(l => $"*a{l}: x"))} }}\n" + bomb + t,
        };
    }

    private static string Tag(Random r, string t) => ReplaceValue(r, t, Tags[r.Next(Tags.Length)] + (r.Next(2) == 0 ? "abc" : "5"), keepValue: r.Next(2) == 0);

    private static string RawControl(Random r, string t)
    {
        for (var n = r.Next(1, 3); n > 0; n--)
            t = t.Insert(At(r, t), RawCharacters[r.Next(RawCharacters.Length)]);
        return t;
    }

    private static string QuotedEscape(Random r, string t) => ReplaceValue(r, t, $"\"a{Escapes[r.Next(Escapes.Length)]}b\"");

    private static string HugeValue(Random r, string t)
    {
        int[] lengths = [257, 4_097, 8_193, 65_537, 300_000, 1_100_000, 2_000_000];
        var length = lengths[r.Next(lengths.Length)];
        var value = new string((char)r.Next('a', 'z' + 1), length);
        return ReplaceValue(r, t, r.Next(3) == 0 ? $"\"{value}\"" : value);
    }

    private static string WrongType(Random r, string t) => ReplaceValue(r, t, WrongValues[r.Next(WrongValues.Length)]);

    private static string HugeList(Random r, string t)
    {
        int[] counts = [1_001, 10_001, 30_000];
        var count = counts[r.Next(counts.Length)];
        if (r.Next(2) == 0 && t.Contains("steps:\n", StringComparison.Ordinal))
            return t.Replace("steps:\n", "steps:\n" + string.Concat(Enumerable.Repeat("  - click: \"#a\"\n", count)), StringComparison.Ordinal);
        return ReplaceValue(r, t, "[" + string.Join(",", Enumerable.Repeat("a", count)) + "]");
    }

    private static string Aliases(Random r, string t) => r.Next(5) switch
    {
        0 => ReplaceValue(r, t, "*nowhere"),
        1 => "x: &k name\n" + t + "*k : again\n",
        2 => ReplaceValue(r, t, "&self [*self]"),
        3 => ReplaceValue(r, t, "&v [a, b]") is var once ? ReplaceValue(r, once, "*v") : once,
        _ => "defaults: &d { click: \"#a\" }\n" + t.Replace("steps:\n", "steps:\n  - *d\n  - <<: *d\n", StringComparison.Ordinal),
    };

    private static string Documents(Random r, string t)
    {
        string[] parts = ["---\n", "...\n", "%YAML 1.1\n---\n", "%TAG ! tag:example.com,2000:\n---\n", "%YAML 2.0\n", "--- !!map\n", "\ufeff", "---\n...\n---\n"];
        var part = parts[r.Next(parts.Length)];
        var lines = t.Split('\n').ToList();
        lines.Insert(r.Next(lines.Count + 1), part.TrimEnd('\n'));
        return string.Join('\n', lines);
    }

    private static string AnyCharacter(Random r, string t)
    {
        var chars = t.ToCharArray();
        for (var n = r.Next(1, 4); n > 0 && chars.Length > 0; n--)
            chars[r.Next(chars.Length)] = (char)r.Next(0, 0x10000);
        return new string(chars);
    }

    private static string Twice(Random r, string t)
    {
        var first = Mutations[r.Next(Mutations.Length - 1)].Mutate(r, t);
        return Mutations[r.Next(Mutations.Length - 1)].Mutate(r, first);
    }

    // Replaces what follows one ": " on a random line (or, when keepValue, puts the replacement before it).
    private static string ReplaceValue(Random r, string t, string replacement, bool keepValue = false)
    {
        var lines = t.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith('#')).ToList();
        if (candidates.Count == 0)
            return t + "\nkey: " + replacement;
        var line = candidates[r.Next(candidates.Count)];
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal) + 2;
        lines[line] = lines[line][..colon] + replacement + (keepValue ? lines[line][colon..] : "");
        return string.Join('\n', lines);
    }
}
