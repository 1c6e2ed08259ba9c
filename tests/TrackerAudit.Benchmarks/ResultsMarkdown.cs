using System.Text;
using TrackerAudit.Reports;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// The results as Markdown: a table for the console, and the block that <c>--write-docs</c> puts between the
/// markers of <c>docs/benchmarks.md</c> (the prose around them is kept). A run of some benchmarks replaces
/// their rows and sections and keeps the others', each of which says when it was measured.
/// </summary>
internal static class ResultsMarkdown
{
    public const string Begin = "<!-- benchmark-results:begin (written by tests/TrackerAudit.Benchmarks --write-docs) -->";
    public const string End = "<!-- benchmark-results:end -->";

    private const string TableHead = "| Benchmark | Result | Target | Verdict |\n|---|---|---|---|\n";

    public static string Table(IReadOnlyList<BenchmarkResult> results) =>
        TableHead + string.Concat(results.Select(result => Row(result) + "\n"));

    public static void WriteInto(string path, IReadOnlyList<BenchmarkResult> results, MachineInfo machine, string[] args, TimeSpan elapsed)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n" + Begin + "\n" + End + "\n";
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var (rows, sections) = begin >= 0 && end > begin ? Parse(existing[(begin + Begin.Length)..end]) : ([], []);
        foreach (var result in results)
        {
            rows[result.Name] = Row(result);
            sections[result.Name] = Section(result);
        }

        var block = new StringBuilder();
        block.AppendLine(Begin);
        block.AppendLine(Invariant($"Last written {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC by `dotnet run -c Release --project tests/TrackerAudit.Benchmarks -- {string.Join(' ', args)}` ({elapsed.TotalMinutes:F0} min), which measured {string.Join(", ", results.Select(result => result.Name))}; each section says when it was measured."));
        block.AppendLine();
        block.AppendLine("| Machine | |");
        block.AppendLine("|---|---|");
        block.AppendLine(Invariant($"| CPU | {machine.Cpu}, {machine.Cores} cores |"));
        block.AppendLine(Invariant($"| Memory | {machine.Memory} GiB |"));
        block.AppendLine(Invariant($"| OS | {machine.Os} |"));
        block.AppendLine(Invariant($"| .NET | {machine.DotNet} |"));
        block.AppendLine(Invariant($"| Browser | {machine.Chromium} |"));
        block.AppendLine(Invariant($"| Load average at start (1, 5, 15 min) | {machine.LoadAverageAtStart} |"));
        block.AppendLine();
        block.Append(TableHead);
        foreach (var name in rows.Keys.Order(StringComparer.Ordinal))
        {
            block.AppendLine(rows[name]);
        }

        foreach (var name in sections.Keys.Order(StringComparer.Ordinal))
        {
            block.AppendLine();
            block.Append(sections[name]);
        }

        block.AppendLine(End);
        var updated = begin >= 0 && end > begin
            ? string.Concat(existing.AsSpan(0, begin), block.ToString(), existing.AsSpan(end + End.Length).TrimStart('\n').IsEmpty ? "" : "\n", existing.AsSpan(end + End.Length).TrimStart('\n'))
            : existing.TrimEnd() + "\n\n" + block;
        File.WriteAllText(path, updated.TrimEnd() + "\n");
    }

    private static string Row(BenchmarkResult result) => Invariant($"| {result.Name} | {result.Figure} | {result.Target} | {result.Verdict} |");

    private static string Section(BenchmarkResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"**{result.Name}**: {result.Figure}; target {result.Target}: **{result.Verdict}**. Measured {result.Measured}."));
        text.AppendLine();
        foreach (var detail in result.Details)
        {
            text.AppendLine("- " + detail);
        }

        return text.ToString();
    }

    // A benchmark's row starts "| 1. Overhead |"; its section starts "**1. Overhead**" and runs to the next one.
    private static (Dictionary<string, string> Rows, Dictionary<string, string> Sections) Parse(string block)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var section = new StringBuilder();
        foreach (var line in block.Split('\n'))
        {
            if (line.Length > 3 && line.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(line[2]))
            {
                rows[line[2..line.IndexOf(" |", 2, StringComparison.Ordinal)]] = line;
                continue;
            }

            if (line.StartsWith("**", StringComparison.Ordinal) && line.Length > 2 && char.IsAsciiDigit(line[2]))
            {
                Keep(sections, current, section);
                current = line[2..line.IndexOf("**", 2, StringComparison.Ordinal)];
                section.Clear();
            }

            if (current is not null)
            {
                section.Append(line).Append('\n');
            }
        }

        Keep(sections, current, section);
        return (rows, sections);
    }

    private static void Keep(Dictionary<string, string> sections, string? name, StringBuilder section)
    {
        if (name is not null)
        {
            sections[name] = section.ToString().TrimEnd('\n') + "\n";
        }
    }
}
