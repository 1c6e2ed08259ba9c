using TrackerAudit.Reports;
namespace TrackerAudit.Benchmarks;

/// <summary>One benchmark's headline figure against its target, with what was measured to get it.</summary>
/// <param name="Name">The benchmark, as in the issue (e.g. "1. Overhead").</param>
/// <param name="Figure">The headline figure, e.g. "ratio 1.42".</param>
/// <param name="Target">The target, e.g. "at most 1.15"; empty when the figure is only stated.</param>
/// <param name="Met">Whether the target was met; null when there is no target.</param>
/// <param name="Details">Every measurement behind the figure, one line each.</param>
internal sealed record BenchmarkResult(string Name, string Figure, string Target, bool? Met, IReadOnlyList<string> Details)
{
    /// <summary>When it was measured and the load average then, e.g. "2026-12-01 08:55 UTC, load average 7.81 9.53 9.42".</summary>
    public string Measured { get; init; } = "";

    public string Verdict => Met switch
    {
        true => "met",
        false => "MISSED",
        null => "stated",
    };
}
