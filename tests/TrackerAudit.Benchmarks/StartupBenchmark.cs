using System.Diagnostics;
using TrackerAudit.Demo;
using TrackerAudit.Hosting;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 5: from starting the <c>trackeraudit</c> executable (<c>run</c> on a one-step journey, as a child
/// process) to the first request for a page reaching the site it audits: the demo site, without its pixel,
/// served by this process so it can note the moment. Stated, not targeted.
/// </summary>
internal static class StartupBenchmark
{
    private static readonly DemoSiteOptions WithoutTrackers = new() { IncludeTrackers = false };

    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, string browser, TextWriter log)
    {
        var cli = CliExecutable();
        var clock = new Stopwatch();
        long firstRequest = -1;
        await using var site = await StaticSiteServer.StartAsync(path =>
        {
            Interlocked.CompareExchange(ref firstRequest, clock.ElapsedTicks, -1);
            return DemoSiteFiles.ReadPage(path, WithoutTrackers);
        }).ConfigureAwait(false);
        var journey = Path.Combine(options.WorkFolder, "startup.yaml");
        await File.WriteAllTextAsync(journey, $"name: Start-up\nstart: {site.BaseUrl}\nsteps:\n  - wait: {{ selector: \"h1\" }}\n").ConfigureAwait(false);

        var toFirst = new List<double>();
        var total = new List<double>();
        for (var run = -1; run < options.Runs; run++)
        {
            var output = Path.Combine(options.WorkFolder, "startup-out");
            var info = new ProcessStartInfo(cli.FileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in cli.Prefix.Concat(["run", journey, "--no-screenshots", "--output", output, "--browser", browser]))
            {
                info.ArgumentList.Add(arg);
            }

            Interlocked.Exchange(ref firstRequest, -1);
            clock.Restart();
            var (exitCode, _, error) = await ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            var ended = clock.Elapsed.TotalMilliseconds;
            if (exitCode != 0 || firstRequest < 0)
            {
                throw new InvalidOperationException($"trackeraudit run exited {exitCode} (first request seen: {firstRequest >= 0}): {error}");
            }

            var first = firstRequest * 1000.0 / Stopwatch.Frequency;
            log.WriteLine(Invariant($"  {(run < 0 ? "warm-up" : "run " + (run + 1))}: first page request after {first:F0} ms; command ended after {ended:F0} ms"));
            if (run >= 0)
            {
                toFirst.Add(first);
                total.Add(ended);
            }

            Directory.Delete(output, recursive: true);
        }

        return new BenchmarkResult(
            "5. Start-up",
            Invariant($"{Stats.Median(toFirst):F0} ms to the first page request"),
            "stated (no target)",
            null,
            [
                Invariant($"`{string.Join(' ', cli.Prefix.Prepend(cli.FileName).Select(Path.GetFileName))} run startup.yaml --no-screenshots` as a child process, from Process.Start to the first request for a page at the site: median {Stats.Median(toFirst):F0} ms; runs {Stats.Runs(toFirst, "F0")} ms (after one uncounted warm-up, so the files are in the OS cache)"),
                Invariant($"the whole command (one step, reports, checksums, browser closed): median {Stats.Median(total):F0} ms; runs {Stats.Runs(total, "F0")} ms"),
            ]);
    }

    /// <summary>The built <c>trackeraudit</c> executable: its own apphost when there is one, else <c>dotnet TrackerAudit.Cli.dll</c>.</summary>
    private static (string FileName, string[] Prefix) CliExecutable()
    {
        var folder = AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "TrackerAudit.Cli.exe" : "TrackerAudit.Cli");
        return File.Exists(apphost) ? (apphost, []) : ("dotnet", [Path.Combine(folder, "TrackerAudit.Cli.dll")]);
    }
}
