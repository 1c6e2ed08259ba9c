using System.Diagnostics;
using System.Globalization;
using TrackerAudit.Cli;
using static System.FormattableString;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// The child process of benchmark 4: runs <c>trackeraudit decode</c> through the CLI's own entry point
/// (<see cref="CliApp"/>, what the <c>trackeraudit</c> executable calls) and reports on one line its exit code,
/// the time, its peak resident memory (the kernel's high-water mark) and the managed heap's peak (sampled).
/// </summary>
internal static class HarDecodeChild
{
    public const string Command = "child-decode";

    public static async Task<int> RunAsync(string[] args)
    {
        using var sampler = new HeapSampler();
        var clock = Stopwatch.StartNew();
        var exitCode = await CliApp.RunAsync(["decode", args[0], "--output", args[1]], TextWriter.Null, Console.Error).ConfigureAwait(false);
        clock.Stop();
        var managed = sampler.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(Invariant($"RESULT {exitCode} {clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)} {self.PeakWorkingSet64} {managed}"));
        return 0;
    }

    /// <summary>Samples the managed heap every few milliseconds and keeps the highest value.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public HeapSampler()
        {
            _thread = new Thread(Sample) { IsBackground = true, Name = "heap sampler" };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        public void Dispose() => Stop();

        private void Sample()
        {
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(5);
            }
        }
    }
}
