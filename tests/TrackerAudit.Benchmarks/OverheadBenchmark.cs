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
        var steps = journeys.Sum(journey => journey.Steps.Count + 1);
        var audited = new List<double>();
        var bare = new List<double>();
        for (var run = -1; run < options.Runs; run++)
        {
            var auditFirst = run % 2 == 0;
            for (var side = 0; side < 2; side++)
            {
                var audit = (side == 0) == auditFirst;
                var seconds = audit ? await AuditAsync(options, browser).ConfigureAwait(false) : await BareAsync(options, browser, journeys).ConfigureAwait(false);
                log.WriteLine(Invariant($"  {(run < 0 ? "warm-up" : "run " + (run + 1))}: {(audit ? "TrackerAudit" : "bare Playwright")} {seconds:F2} s"));
                if (run >= 0)
                {
                    (audit ? audited : bare).Add(seconds);
                }
            }
        }

        var ratio = Stats.Median(audited) / Stats.Median(bare);
        var perStep = (Stats.Median(audited) - Stats.Median(bare)) / steps * 1000;
        return new BenchmarkResult(
            "1. Overhead",
            Invariant($"ratio {ratio:F2} ({Stats.Median(audited):F1} s vs {Stats.Median(bare):F1} s)"),
            Invariant($"at most {Target:F2}"),
            ratio <= Target,
            [
                Invariant($"TrackerAudit `demo --no-screenshots --workers 1`: median {Stats.Median(audited):F2} s; runs {Stats.Runs(audited, "F2")} s"),
                Invariant($"bare Playwright, same {journeys.Count} journeys and {steps} steps (load + network idle after each): median {Stats.Median(bare):F2} s; runs {Stats.Runs(bare, "F2")} s"),
                Invariant($"difference {perStep:F0} ms per step; TrackerAudit waits for {SettleQuietMilliseconds():F0} ms of network quiet after each step"),
                "alternating, after one uncounted warm-up of each; both in this process with the same Chromium and flags; both take only the screenshots the journeys ask for",
            ]);
    }

    private static double SettleQuietMilliseconds() =>
        new TrackerAudit.Running.AuditOptions { RunFolder = "", RunId = "" }.SettleQuiet.TotalMilliseconds;

    private static async Task<double> AuditAsync(BenchmarkOptions options, string browser)
    {
        var output = Path.Combine(options.WorkFolder, "overhead-audit");
        var clock = Stopwatch.StartNew();
        var exitCode = await CliApp.RunAsync(["demo", "--no-screenshots", "--workers", "1", "--output", output, "--browser", browser], TextWriter.Null, TextWriter.Null).ConfigureAwait(false);
        clock.Stop();
        Directory.Delete(output, recursive: true);
        return exitCode is 0 or 1 ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"trackeraudit demo exited {exitCode}");
    }

    private static async Task<double> BareAsync(BenchmarkOptions options, string browser, IReadOnlyList<TrackerAudit.Journeys.Journey> journeys)
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
