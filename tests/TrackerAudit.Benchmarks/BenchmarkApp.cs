using System.Diagnostics;
using TrackerAudit.Browsing;
using TrackerAudit.Reports;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>Runs the benchmarks asked for, prints each result as it comes and a table at the end, and writes the docs.</summary>
internal static class BenchmarkApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == HarDecodeChild.Command)
        {
            return await HarDecodeChild.RunAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(exception.Message + "\n\n" + BenchmarkOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        var needsBrowser = options.Benchmarks.Any(name => name is "overhead" or "parallel" or "startup");
        var browser = options.Browser ?? new BrowserLocator().TryLocate(null)?.ExecutablePath;
        var machine = MachineInfo.Current(browser);
        var log = Console.Out;
        log.WriteLine(Invariant($"TrackerAudit benchmarks on {machine.Cpu}, {machine.Cores} cores, {machine.Memory} GiB, {machine.Os}, {machine.DotNet}, {machine.Chromium}; load average {machine.LoadAverageAtStart}"));
        if (needsBrowser && browser is null)
        {
            await Console.Error.WriteLineAsync("No Chromium found: the overhead, parallel and start-up benchmarks need one (--browser PATH).").ConfigureAwait(false);
            return 3;
        }

        if (options.Benchmarks.Any(name => name is "meta" or "decode-mix" or "har") && !File.Exists(options.Corpus))
        {
            await Console.Error.WriteLineAsync($"The corpus is not at {options.Corpus} (../shared/corpus/ beside the checkout): give --corpus FILE.").ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(options.WorkFolder);
        var results = new List<BenchmarkResult>();
        var clock = Stopwatch.StartNew();
        foreach (var name in BenchmarkOptions.Names.Where(options.Benchmarks.Contains))
        {
            var load = MachineInfo.LoadAverage();
            var measured = Invariant($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {load} at its start");
            log.WriteLine(Invariant($"\n== {name} (load average {load})"));
            var result = name switch
            {
                "overhead" => await OverheadBenchmark.RunAsync(options, browser!, log).ConfigureAwait(false),
                "parallel" => await ParallelBenchmark.RunAsync(options, browser!, log).ConfigureAwait(false),
                "meta" => MetaDecodeBenchmark.Run(options, log),
                "decode-mix" => DecodeMixBenchmark.Run(options, log),
                "har" => await HarDecodeBenchmark.RunAsync(options, log).ConfigureAwait(false),
                _ => await StartupBenchmark.RunAsync(options, browser!, log).ConfigureAwait(false),
            };
            result = result with { Measured = measured };
            results.Add(result);
            log.WriteLine(Invariant($"-> {result.Name}: {result.Figure} (target {result.Target}): {result.Verdict}"));
        }

        log.WriteLine();
        log.WriteLine(ResultsMarkdown.Table(results));
        log.WriteLine(Invariant($"All done in {clock.Elapsed.TotalMinutes:F1} min; load average now {MachineInfo.LoadAverage()}"));
        if (options.WriteDocs)
        {
            ResultsMarkdown.WriteInto(RepoPaths.BenchmarksDoc, results, machine, args, clock.Elapsed);
            log.WriteLine("Results written into " + RepoPaths.BenchmarksDoc);
        }

        return 0;
    }
}
