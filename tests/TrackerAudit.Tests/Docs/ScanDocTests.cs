using System.CommandLine;
using System.Text.RegularExpressions;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Scanning;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Docs;

/// <summary>The README and docs/scan.md say what <c>scan</c> does: its own options, and the built-in sensitive words as the code has them.</summary>
public sealed partial class ScanDocTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static readonly string ScanDoc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "scan.md"));

    private static IEnumerable<string> OwnOptions()
    {
        var scan = ScanCommand.Create(TextWriter.Null);
        var run = RunCommand.Create(TextWriter.Null);
        var runOptions = run.Options.Select(option => option.Name).ToHashSet(StringComparer.Ordinal);
        return scan.Options.Select(option => option.Name).Where(name => name.StartsWith("--", StringComparison.Ordinal) && !runOptions.Contains(name));
    }

    [TestCaseSource(nameof(OwnOptions))]
    public void Each_option_of_scan_has_a_row_in_the_README_and_in_docs_scan_md(string option)
    {
        Assert.Multiple(() =>
        {
            Assert.That(OptionRows(Readme), Has.Some.StartsWith(option + " ").Or.Some.EqualTo(option));
            Assert.That(OptionRows(ScanDoc), Has.Some.StartsWith(option + " ").Or.Some.EqualTo(option));
        });
    }

    [Test]
    public void The_README_command_table_has_scan() =>
        Assert.That(Readme, Does.Contain("| `scan <urls...>` |"));

    [Test]
    public void Docs_scan_md_lists_the_built_in_sensitive_words_topic_by_topic_as_the_code_has_them()
    {
        var documented = WordRow().Matches(ScanDoc)
            .ToDictionary(match => match.Groups["topic"].Value, match => match.Groups["words"].Value.Split(", "));

        Assert.That(documented, Is.EqualTo(SensitiveWords.ByTopic.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray())));
    }

    private static List<string> OptionRows(string markdown) =>
        OptionRow().Matches(markdown).Select(match => match.Groups["option"].Value).ToList();

    [GeneratedRegex(@"^\| `(?<option>--[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex OptionRow();

    [GeneratedRegex(@"^\| (?<topic>[a-z][a-z -]+) \| (?<words>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex WordRow();
}
