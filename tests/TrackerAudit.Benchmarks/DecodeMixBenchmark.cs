using System.Diagnostics;
using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Running;
using TrackerAudit.Trackers;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 3b: every line of the corpus (all trackers) decoded round-robin through the path a run takes
/// (<see cref="TrackerDecoding"/> with <see cref="TrackerRegistry.Catalogue"/>), single-threaded with the process
/// pinned to one core, for a fixed time per round: beacons per second and bytes allocated per beacon
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), then the same for each tracker's lines alone. It measures
/// whichever decoders are registered when it runs; lines no decoder claims still cost their matching.
/// </summary>
internal static class DecodeMixBenchmark
{
    public const double Target = 150_000;
    public const double TargetBytes = 1024;

    private const string Unclaimed = "(no decoder)";

    public static BenchmarkResult Run(BenchmarkOptions options, TextWriter log)
    {
        var folder = Path.GetDirectoryName(options.Corpus)!;
        var requests = CorpusRequests.Read(folder);
        var catalogue = TrackerRegistry.Catalogue();
        var byTracker = requests.GroupBy(request => catalogue.Find(request)?.Tracker.Id ?? Unclaimed)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<CapturedRequest>)[.. group], StringComparer.Ordinal);
        var claimed = requests.Count - (byTracker.TryGetValue(Unclaimed, out var none) ? none.Count : 0);
        log.WriteLine(Invariant($"  {requests.Count} corpus lines from {folder}; {claimed} claimed by the {catalogue.Decoders.Count} registered decoders ({string.Join(", ", catalogue.Decoders.Select(d => d.Tracker.Id))})"));

        var beacons = requests.Where(request => catalogue.Find(request) is not null).ToList();
        if (beacons.Count == 0)
        {
            throw new InvalidDataException($"no line of {folder}/*.jsonl is claimed by a registered decoder");
        }

        var seconds = TimeSpan.FromSeconds(options.MixSeconds);
        List<Round> rounds, allLines;
        var perTracker = new List<string>();
        using (OneCore.Pin())
        {
            // One uncounted warm-up so that every decoder's code is compiled (tiered up) before the rounds.
            Measure(requests, catalogue, TimeSpan.FromSeconds(Math.Min(1, options.MixSeconds)));

            // The beacons: every line a registered decoder claims, round-robin. Then every line, the unclaimed ones
            // costing only their matching against every decoder.
            rounds = [.. Enumerable.Range(0, options.MixRounds).Select(_ => Measure(beacons, catalogue, seconds))];
            allLines = [.. Enumerable.Range(0, options.MixRounds).Select(_ => Measure(requests, catalogue, seconds))];
            foreach (var (round, index) in rounds.Select((round, index) => (round, index)))
            {
                log.WriteLine(Invariant($"  round {index + 1}: {round.Requests:N0} beacons in {round.Elapsed.TotalSeconds:F2} s, {round.PerSecond:N0}/s ({round.PerCpuSecond:N0} per CPU second), {round.BytesPerRequest:N0} bytes allocated per beacon, {round.Events:N0} events; all lines: {allLines[index].PerSecond:N0}/s"));
            }

            // Each tracker alone, a third of the time per round, so that one slow or greedy decoder shows by name.
            var trackerTime = TimeSpan.FromSeconds(Math.Max(0.3, options.MixSeconds / 3));
            foreach (var (id, lines) in byTracker)
            {
                var alone = Enumerable.Range(0, options.MixRounds).Select(_ => Measure(lines, catalogue, trackerTime)).ToList();
                var rate = Stats.Median([.. alone.Select(r => r.PerSecond)]);
                var bytes = Stats.Median([.. alone.Select(r => r.BytesPerRequest)]);
                var cpuRate = Stats.Median([.. alone.Select(r => r.PerCpuSecond)]);
                var line = Invariant($"{id}: {lines.Count} lines, median {rate:N0}/s (rounds {Stats.Runs(alone.Select(r => r.PerSecond), "N0")}; {cpuRate:N0} per CPU second), {bytes:N0} bytes per line (rounds {Stats.Runs(alone.Select(r => r.BytesPerRequest), "N0")}), {alone[0].Events / Math.Max(1.0, alone[0].Requests):F2} events per line");
                perTracker.Add(line);
                log.WriteLine("  " + line);
            }
        }

        var median = Stats.Median([.. rounds.Select(round => round.PerSecond)]);
        var bytesMedian = Stats.Median([.. rounds.Select(round => round.BytesPerRequest)]);
        var spread = Invariant($"{rounds.Min(r => r.PerSecond):N0} to {rounds.Max(r => r.PerSecond):N0}");
        var decoders = string.Join(", ", catalogue.Decoders.Select(d => d.Tracker.Id));
        return new BenchmarkResult(
            "3b. Decoding, mix of all trackers",
            Invariant($"{median:N0} beacons/s, {bytesMedian:N0} bytes/beacon"),
            Invariant($"at least {Target:N0}/s on one core, at most {TargetBytes:N0} bytes allocated per beacon"),
            median >= Target && bytesMedian <= TargetBytes,
            [
                Invariant($"the {beacons.Count} lines of {Path.GetFileName(folder)}/*.jsonl ({requests.Count} lines) claimed by the {catalogue.Decoders.Count} decoders registered ({decoders}), decoded round-robin through TrackerDecoding for {options.MixSeconds:F1} s per round, {options.MixRounds} rounds after one uncounted warm-up; single thread, process pinned to one core; no second process loads the other core (benchmark 3 has none either)"),
                Invariant($"beacons: median {median:N0}/s (spread {spread}; rounds {Stats.Runs(rounds.Select(r => r.PerSecond), "N0")}); per second of CPU time (the process's, GC included; steadier on a loaded machine): median {Stats.Median([.. rounds.Select(r => r.PerCpuSecond)]):N0}/s (rounds {Stats.Runs(rounds.Select(r => r.PerCpuSecond), "N0")}); bytes allocated per beacon: median {bytesMedian:N0} (rounds {Stats.Runs(rounds.Select(r => r.BytesPerRequest), "N0")})"),
                Invariant($"every line, unclaimed ones only matched: median {Stats.Median([.. allLines.Select(r => r.PerSecond)]):N0}/s (rounds {Stats.Runs(allLines.Select(r => r.PerSecond), "N0")}; per CPU second {Stats.Median([.. allLines.Select(r => r.PerCpuSecond)]):N0}); {Stats.Median([.. allLines.Select(r => r.BytesPerRequest)]):N0} bytes per line"),
                .. perTracker.Select(line => "alone: " + line),
            ]);
    }

    private static Round Measure(IReadOnlyList<CapturedRequest> requests, TrackerCatalogue catalogue, TimeSpan duration)
    {
        long done = 0, events = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var index = 0;
        while (true)
        {
            // The clock is read every 64 requests so that reading it costs nothing next to decoding.
            for (var i = 0; i < 64; i++)
            {
                var decoded = TrackerDecoding.Decode(requests[index], catalogue, Logger.None);
                events += decoded?.Events.Count ?? 0;
                index = index + 1 == requests.Count ? 0 : index + 1;
            }

            done += 64;
            if (clock.Elapsed >= duration)
            {
                break;
            }
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        return new Round(done, events, clock.Elapsed, process.TotalProcessorTime - cpuBefore, allocated);
    }

    private sealed record Round(long Requests, long Events, TimeSpan Elapsed, TimeSpan Cpu, long Allocated)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;

        // Per second of the process's CPU time (GC included): steadier than wall time when other work shares the core.
        public double PerCpuSecond => Requests / Math.Max(Cpu.TotalSeconds, 1e-3);

        public double BytesPerRequest => (double)Allocated / Requests;
    }
}
