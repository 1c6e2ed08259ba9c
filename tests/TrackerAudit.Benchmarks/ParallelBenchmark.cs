using System.Diagnostics;
using TrackerAudit.Cli;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 2: <c>trackeraudit demo --journeys DIR --no-screenshots</c> on generated short journeys with
/// <c>--workers 1</c> against the default (one worker per core), alternating, through the CLI's entry point.
/// </summary>
internal static class ParallelBenchmark
{
    public const double Target = 1.6;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, string browser, TextWriter log)
    {
        var journeys = DemoJourneys.WriteShortJourneys(Path.Combine(options.WorkFolder, "parallel-journeys"), options.ParallelJourneys);
        var one = new List<double>();
        var many = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            for (var side = 0; side < 2; side++)
            {
                var single = (side == 0) == (run % 2 == 0);
                var seconds = await RunAsync(options, browser, journeys, single).ConfigureAwait(false);
                (single ? one : many).Add(seconds);
                log.WriteLine(Invariant($"  run {run + 1}: {(single ? "--workers 1" : "default workers")} {seconds:F2} s"));
            }
        }

        var speedUp = Stats.Median(one) / Stats.Median(many);
        return new BenchmarkResult(
            "2. Parallel speed-up",
            Invariant($"{speedUp:F2}x ({Stats.Median(one):F1} s vs {Stats.Median(many):F1} s)"),
            Invariant($"at least {Target:F1}x on {Environment.ProcessorCount} cores"),
            speedUp >= Target,
            [
                Invariant($"{options.ParallelJourneys} journeys of 3 steps each (an offence page, wait for its heading, victim services) on the demo site, screenshots off"),
                Invariant($"--workers 1: median {Stats.Median(one):F2} s; runs {Stats.Runs(one, "F2")} s"),
                Invariant($"default ({Environment.ProcessorCount} workers, one per core): median {Stats.Median(many):F2} s; runs {Stats.Runs(many, "F2")} s"),
            ]);
    }

    private static async Task<double> RunAsync(BenchmarkOptions options, string browser, string journeys, bool single)
    {
        var output = Path.Combine(options.WorkFolder, "parallel-out");
        string[] args = ["demo", "--journeys", journeys, "--no-screenshots", "--output", output, "--browser", browser];
        var clock = Stopwatch.StartNew();
        var exitCode = await CliApp.RunAsync(single ? [.. args, "--workers", "1"] : args, TextWriter.Null, TextWriter.Null).ConfigureAwait(false);
        clock.Stop();
        Directory.Delete(output, recursive: true);
        return exitCode is 0 or 1 ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"trackeraudit demo exited {exitCode}");
    }
}
