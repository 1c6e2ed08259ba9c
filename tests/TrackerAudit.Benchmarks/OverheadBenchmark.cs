using System.Diagnostics;
using TrackerAudit.Cli;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 1: <c>trackeraudit demo --no-screenshots --workers 1</c> (in this process, through the CLI's
/// entry point: site, browser, capture, network log, decoding, findings, every report, checksums) against
/// <see cref="BarePlaywrightRun"/> doing the same steps with nothing captured. The two alternate, after one
/// warm-up run of each that is not counted.
/// </summary>
internal static class OverheadBenchmark
{
    public const double Target = 1.15;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, string browser, TextWriter log)
    {
        var journeys = DemoJourneys.Bundled();
        var planned = DemoJourneys.Planned(journeys);
        var steps = planned.Sum(journey => journey.Steps.Count + 1);
        (string Name, Func<Task<double>> Run)[] sides =
        [
            ("TrackerAudit", () => AuditAsync(options, browser)),
            ("bare Playwright", () => BareAsync(options, browser, planned)),
            ("library", () => LibraryAudit.RunAsync(options.WorkFolder, browser, journeys, audit => audit)),
            ("library, no settle quiet", () => LibraryAudit.RunAsync(options.WorkFolder, browser, journeys, audit => audit with { SettleQuiet = TimeSpan.Zero })),
            ("library, 200 ms quiet", () => LibraryAudit.RunAsync(options.WorkFolder, browser, journeys, audit => audit with { SettleQuiet = TimeSpan.FromMilliseconds(200) })),
            ("library, 500 ms quiet", () => LibraryAudit.RunAsync(options.WorkFolder, browser, journeys, audit => audit with { SettleQuiet = TimeSpan.FromMilliseconds(500) })),
        ];
        var times = sides.ToDictionary(side => side.Name, _ => new List<double>());
        for (var run = -1; run < options.Runs; run++)
        {
            // Each round starts with the next side, so that no side always runs first (or after the same one).
            for (var i = 0; i < sides.Length; i++)
            {
                var (name, side) = sides[(i + Math.Max(run, 0)) % sides.Length];
                var seconds = await side().ConfigureAwait(false);
                log.WriteLine(Invariant($"  {(run < 0 ? "warm-up" : "run " + (run + 1))}: {name} {seconds:F2} s"));
                if (run >= 0)
                {
                    times[name].Add(seconds);
                }
            }
        }

        double Median(string name) => Stats.Median(times[name]);
        string Line(string name, string what) => Invariant($"{what}: median {Median(name):F2} s; runs {Stats.Runs(times[name], "F2")} s");
        var ratio = Median("TrackerAudit") / Median("bare Playwright");
        var perStep = (Median("TrackerAudit") - Median("bare Playwright")) / steps * 1000;
        return new BenchmarkResult(
            "1. Overhead",
            Invariant($"ratio {ratio:F2} ({Median("TrackerAudit"):F1} s vs {Median("bare Playwright"):F1} s)"),
            Invariant($"at most {Target:F2}"),
            ratio <= Target,
            [
                Line("TrackerAudit", "TrackerAudit `demo --no-screenshots --workers 1`"),
                Line("bare Playwright", Invariant($"bare Playwright, the same {planned.Count} journey runs ({journeys.Count} journeys, one of them once per consent variant) and {steps} steps (load event + network idle after each)")),
                Invariant($"difference {perStep:F0} ms per step; TrackerAudit waits for {SettleQuietMilliseconds():F0} ms without a request starting or ending after each step, so that late requests are stamped with the step that caused them"),
                Line("library", "where it goes: the same audit through the library, without the CLI's derived reports, log and checksums"),
                Line("library, no settle quiet", "the library with no quiet period after each step (load event only; late requests would be stamped with the next step)"),
                Line("library, 200 ms quiet", "the library with 200 ms of quiet after each step instead of 800 (a request a page sends 200 to 800 ms after its last one would be stamped with the next step)"),
                Line("library, 500 ms quiet", Invariant($"the library waiting as long as the bare program's network idle, 500 ms (`--settle-quiet 0.5`): ratio {Median("library, 500 ms quiet") / Median("bare Playwright"):F2} to bare Playwright")),
                "alternating (each round starts with the next side), after one uncounted warm-up of each; all in this process with the same Chromium and flags; every side takes only the screenshots the journeys ask for",
            ]);
    }

    private static double SettleQuietMilliseconds() =>
        new AuditOptions { RunFolder = "", RunId = "" }.SettleQuiet.TotalMilliseconds;

    private static async Task<double> AuditAsync(BenchmarkOptions options, string browser)
    {
        var output = Path.Combine(options.WorkFolder, "overhead-audit");
        var clock = Stopwatch.StartNew();
        var exitCode = await CliApp.RunAsync(["demo", "--no-screenshots", "--workers", "1", "--output", output, "--browser", browser], TextWriter.Null, TextWriter.Null).ConfigureAwait(false);
        clock.Stop();
        Directory.Delete(output, recursive: true);
        return exitCode is 0 or 1 ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"trackeraudit demo exited {exitCode}");
    }

    private static async Task<double> BareAsync(BenchmarkOptions options, string browser, IReadOnlyList<Journey> journeys)
    {
        var output = Path.Combine(options.WorkFolder, "overhead-bare");
        Directory.CreateDirectory(output);
        var clock = Stopwatch.StartNew();
        await BarePlaywrightRun.RunAsync(browser, journeys, output, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        clock.Stop();
        Directory.Delete(output, recursive: true);
        return clock.Elapsed.TotalSeconds;
    }
}
