using System.Text;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// The results as Markdown: a table for the console, and the block that <c>--write-docs</c> puts between the
/// markers of <c>docs/benchmarks.md</c> (the prose around them is kept).
/// </summary>
internal static class ResultsMarkdown
{
    public const string Begin = "<!-- benchmark-results:begin (written by tests/TrackerAudit.Benchmarks --write-docs) -->";
    public const string End = "<!-- benchmark-results:end -->";

    public static string Table(IReadOnlyList<BenchmarkResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Benchmark | Result | Target | Verdict |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in results)
        {
            text.AppendLine(Invariant($"| {result.Name} | {result.Figure} | {result.Target} | {result.Verdict} |"));
        }

        return text.ToString();
    }

    public static string Block(IReadOnlyList<BenchmarkResult> results, MachineInfo machine, BenchmarkOptions options, string[] args, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine(Invariant($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project tests/TrackerAudit.Benchmarks -- {string.Join(' ', args)}` ({elapsed.TotalMinutes:F0} min)."));
        text.AppendLine();
        text.AppendLine("| Machine | |");
        text.AppendLine("|---|---|");
        text.AppendLine(Invariant($"| CPU | {machine.Cpu}, {machine.Cores} cores |"));
        text.AppendLine(Invariant($"| Memory | {machine.Memory} GiB |"));
        text.AppendLine(Invariant($"| OS | {machine.Os} |"));
        text.AppendLine(Invariant($"| .NET | {machine.DotNet} |"));
        text.AppendLine(Invariant($"| Browser | {machine.Chromium} |"));
        text.AppendLine(Invariant($"| Load average at start (1, 5, 15 min) | {machine.LoadAverageAtStart} |"));
        text.AppendLine();
        text.Append(Table(results));
        foreach (var result in results)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"**{result.Name}**: {result.Figure}; target {result.Target}: **{result.Verdict}**."));
            text.AppendLine();
            foreach (var detail in result.Details)
            {
                text.AppendLine("- " + detail);
            }
        }

        text.AppendLine(End);
        return text.ToString();
    }

    public static void WriteInto(string path, string block)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n" + Begin + "\n" + End + "\n";
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = begin >= 0 && end > begin
            ? string.Concat(existing.AsSpan(0, begin), block, existing.AsSpan(end + End.Length).TrimStart('\n').Length == 0 ? "" : "\n", existing.AsSpan(end + End.Length).TrimStart('\n'))
            : existing.TrimEnd() + "\n\n" + block;
        File.WriteAllText(path, updated.TrimEnd() + "\n");
    }
}
