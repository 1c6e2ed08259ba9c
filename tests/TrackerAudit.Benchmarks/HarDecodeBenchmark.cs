using System.Globalization;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Benchmark 4: <c>trackeraudit decode</c> on generated HAR files of several sizes, each run in a process of
/// its own so that its peak resident memory is its own: MB/s (input size over the command's whole time,
/// reports and checksums included) and peak memory, to show the memory stays flat as the file grows.
/// </summary>
internal static class HarDecodeBenchmark
{
    public const double TargetMegabytesPerSecond = 50;
    public const long TargetPeakBytes = 300L * 1024 * 1024;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var details = new List<string>();
        var sizes = options.HarMegabytes.Order().ToList();
        var rates = new Dictionary<int, double>();
        var peaks = new Dictionary<int, long>();
        foreach (var size in sizes)
        {
            var (path, mix) = HarFileGenerator.Ensure(options.WorkFolder, options.Corpus, size);
            var megabytes = new FileInfo(path).Length / 1048576.0;
            log.WriteLine(Invariant($"  {path}: {megabytes:F0} MB; {mix}"));
            var seconds = new List<double>();
            var resident = new List<double>();
            var managed = new List<double>();
            for (var run = 0; run < options.HarRuns; run++)
            {
                var output = Path.Combine(options.WorkFolder, "decode-out");
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                var (exitCode, text, error) = await ChildProcess.RunAsync(ChildProcess.Self(HarDecodeChild.Command, path, output), TimeSpan.FromMinutes(30)).ConfigureAwait(false);
                var result = text.Split('\n').FirstOrDefault(line => line.StartsWith("RESULT ", StringComparison.Ordinal))?.Split(' ');
                if (exitCode != 0 || result is null || result[1] != "0")
                {
                    throw new InvalidOperationException($"decode of {path} failed (exit {exitCode}, decode exit {result?[1]}): {error}");
                }

                seconds.Add(double.Parse(result[2], CultureInfo.InvariantCulture));
                resident.Add(long.Parse(result[3], CultureInfo.InvariantCulture) / 1048576.0);
                managed.Add(long.Parse(result[4], CultureInfo.InvariantCulture) / 1048576.0);
                log.WriteLine(Invariant($"  run {run + 1}: {seconds[^1]:F1} s, {megabytes / seconds[^1]:F0} MB/s, peak RSS {resident[^1]:F0} MB, managed heap peak {managed[^1]:F0} MB"));
                Directory.Delete(output, recursive: true);
            }

            rates[size] = megabytes / Stats.Median(seconds);
            peaks[size] = (long)(resident.Max() * 1048576);
            details.Add(Invariant($"{megabytes:F0} MB HAR ({mix}): median {rates[size]:F0} MB/s ({Stats.Median(seconds):F1} s; runs {Stats.Runs(seconds, "F1")} s); peak RSS {Stats.Runs(resident, "F0")} MB; managed heap peak {Stats.Runs(managed, "F0")} MB"));
        }

        var largest = sizes[^1];
        var worstPeak = peaks.Values.Max();
        var met = rates[largest] >= TargetMegabytesPerSecond && worstPeak < TargetPeakBytes;
        details.Add("each run is `trackeraudit decode <file> --output DIR` through the CLI's entry point in a process of its own; the time is the whole command (reading, decoding, findings, every report, checksums)");
        return new BenchmarkResult(
            "4. HAR decoding",
            Invariant($"{rates[largest]:F0} MB/s on {largest} MB, peak RSS {worstPeak / 1048576} MB"),
            Invariant($"at least {TargetMegabytesPerSecond:F0} MB/s, peak under {TargetPeakBytes / 1048576} MB"),
            met,
            details);
    }
}
