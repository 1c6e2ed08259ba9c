using System.Diagnostics;
using System.Globalization;
using Serilog.Core;
using TrackerAudit.Running;
using TrackerAudit.Trackers;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 3: Meta beacons decoded per second on one core, through the path a run takes
/// (<see cref="TrackerDecoding"/>, the default <see cref="TrackerCatalogue"/>, <c>MetaPixelDecoder</c>).
/// The process is pinned to one core for the measurement. "Decode only" times the decoding of batches
/// already read; "end to end" also counts reading and parsing the file.
/// </summary>
internal static class MetaDecodeBenchmark
{
    private const int BatchSize = 1_000;

    public const double Target = 100_000;

    public static BenchmarkResult Run(BenchmarkOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var path = MetaRequestFile.Ensure(options.WorkFolder, options.Corpus, options.MetaRequests);
        var megabytes = new FileInfo(path).Length / 1048576.0;
        log.WriteLine(Invariant($"  request file: {path} ({megabytes:F0} MB, ready in {clock.Elapsed.TotalSeconds:F1} s)"));

        var decodeRates = new List<double>();
        var endToEndRates = new List<double>();
        var cpuRates = new List<double>();
        using var process = Process.GetCurrentProcess();
        var mix = new Dictionary<string, int>(StringComparer.Ordinal);
        long events = 0, undecoded = 0, allocated = 0;
        var pauseShare = 0.0;
        using (OneCore.Pin())
        {
            for (var run = 0; run < options.MetaRuns; run++)
            {
                long requests = 0;
                var decoding = TimeSpan.Zero;
                var paused = TimeSpan.Zero;
                var cpu = TimeSpan.Zero;
                allocated = 0;
                events = 0;
                undecoded = 0;
                var total = Stopwatch.StartNew();
                foreach (var batch in MetaRequestFile.ReadBatches(path, BatchSize))
                {
                    var started = Stopwatch.GetTimestamp();
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var pausedBefore = GC.GetTotalPauseDuration();
                    var cpuBefore = process.TotalProcessorTime;
                    var decoded = TrackerDecoding.Decode(batch, TrackerRegistry.Catalogue(), Logger.None);
                    decoding += Stopwatch.GetElapsedTime(started);
                    allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                    paused += GC.GetTotalPauseDuration() - pausedBefore;
                    process.Refresh();
                    cpu += process.TotalProcessorTime - cpuBefore;
                    requests += batch.Count;
                    foreach (var request in decoded)
                    {
                        events += request.Events.Count;
                        undecoded += request.Undecoded ? 1 : 0;
                        if (run == 0)
                        {
                            var transport = request.Events.Count > 0 ? request.Events[0].Transport ?? "?" : "undecoded";
                            mix[transport] = mix.GetValueOrDefault(transport) + 1;
                        }
                    }
                }

                total.Stop();
                pauseShare = paused / decoding;
                decodeRates.Add(requests / decoding.TotalSeconds);
                cpuRates.Add(requests / cpu.TotalSeconds);
                endToEndRates.Add(requests / total.Elapsed.TotalSeconds);
                log.WriteLine(Invariant($"  run {run + 1}: {requests} requests, decode {decoding.TotalSeconds:F2} s ({decodeRates[^1]:F0}/s; {cpuRates[^1]:F0} per CPU second), end to end {total.Elapsed.TotalSeconds:F2} s ({endToEndRates[^1]:F0}/s); {allocated / requests:N0} bytes allocated per request, GC pauses {pauseShare:P0} of the decoding time"));
            }
        }

        var median = Stats.Median(decodeRates);
        var transports = string.Join(", ", mix.OrderByDescending(pair => pair.Value).Select(pair => Invariant($"{pair.Key} {pair.Value}")));
        return new BenchmarkResult(
            "3. Meta decoding",
            Invariant($"{median:N0} beacons/s"),
            Invariant($"at least {Target:N0}/s on one core"),
            median >= Target,
            [
                Invariant($"{options.MetaRequests:N0} requests generated from the corpus's {MetaRequestFactory.FromCorpus(options.Corpus).TemplateCount} Meta beacons ({megabytes:F0} MB); by transport: {transports}"),
                Invariant($"decode only: median {median:N0}/s; runs {Stats.Runs(decodeRates, "F0")}"),
                Invariant($"decode only, per second of CPU time (the process's, GC included; steadier than wall time on a loaded machine): median {Stats.Median(cpuRates):N0}/s; runs {Stats.Runs(cpuRates, "F0")}"),
                Invariant($"end to end (reading and parsing the file too): median {Stats.Median(endToEndRates):N0}/s; runs {Stats.Runs(endToEndRates, "F0")}"),
                Invariant($"{events:N0} events decoded per pass, {undecoded} requests undecoded; {allocated / options.MetaRequests:N0} bytes allocated per request; GC pauses {pauseShare:P0} of the decoding time; single thread, process pinned to one core"),
            ]);
    }
}
