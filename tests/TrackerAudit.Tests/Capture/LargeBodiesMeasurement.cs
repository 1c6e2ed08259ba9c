using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Hosting;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture;

/// <summary>
/// A measurement, not a check: one journey of 10,000 POSTs of 200 KB, with the peak memory and the time it
/// takes. Run it on purpose: <c>dotnet test --filter "FullyQualifiedName~LargeBodiesMeasurement"</c>.
/// </summary>
[Explicit("A measurement of several minutes and 4 GB of disk; run it on purpose.")]
[NonParallelizable]
public sealed class LargeBodiesMeasurement
{
    private const string JourneyYaml = """
        name: ten thousand bodies
        start: /
        steps:
          - click: "#send"
          - wait: { selector: "text=all sent" }
            timeout: 30m
        """;

    [TestCase(10_000, 200_000)]
    public async Task Measure_a_journey_of_many_large_bodies(int count, int size)
    {
        var page = $$"""
            <!doctype html><html><head><title>Uploads</title></head><body><button id="send">Send</button><p id="status"></p>
            <script>
              const FILL = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(Math.ceil({{size}} / 36));
              document.getElementById('send').addEventListener('click', async () => {
                for (let i = 0; i < {{count}}; i += 8) {
                  await Promise.all([...Array(Math.min(8, {{count}} - i)).keys()].map(k => fetch('/upload', { method: 'POST', body: ('n=' + (i + k) + '&d=' + FILL).slice(0, {{size}}) })));
                }
                document.getElementById('status').textContent = 'all sent';
              });
            </script></body></html>
            """;
        var handlers = new Dictionary<string, RequestDelegate> { ["/upload"] = context => Task.CompletedTask };
        await using var site = await StaticSiteServer.StartAsync(path => path == "index.html" ? Encoding.UTF8.GetBytes(page) : null, handlers);
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, site.BaseUrl);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        using var sampler = new HeapSampler();
        var clock = Stopwatch.StartNew();
        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);
        var audit = clock.Elapsed;
        var (heapPeak, livePeak, driverPeak) = (sampler.HeapPeak, sampler.LivePeak, sampler.DriverPeak);
        clock.Restart();
        await HarWriter.WriteAsync(result.Report, options.RunFolder, CancellationToken.None);
        var har = clock.Elapsed;
        clock.Restart();
        await BundleChecksums.WriteAsync(options.RunFolder, CancellationToken.None);
        var seal = clock.Elapsed;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        sampler.Dispose();

        var run = result.Report.Journeys.Single();
        var stored = run.Requests.Count(request => request.BodyFile is not null);
        var lines = new[]
        {
            $"{count:N0} POSTs of {size:N0} bytes ({(long)count * size / 1e9:F2} GB of bodies); {run.Requests.Count:N0} requests captured, {stored:N0} bodies stored; journey {run.Status}",
            $"audit (capture, decoding, findings, report.json): {audit.TotalSeconds:F0} s; HAR ({new FileInfo(Path.Combine(options.RunFolder, HarWriter.FileName)).Length / 1e9:F2} GB): {har.TotalSeconds:F0} s; SHA256SUMS: {seal.TotalSeconds:F0} s",
            $"managed heap: {heapBefore / 1e6:F0} MB before; during the journey at most {heapPeak / 1e6:F0} MB allocated (garbage included), {livePeak / 1e6:F0} MB live (full GC every 10 s); {heapAfter / 1e6:F0} MB after (full GC, report in hand)",
            $"peak resident memory: this process {ProcessPeak("self") / 1e6:F0} MB; Playwright driver (node) {driverPeak / 1e6:F0} MB",
        };
        foreach (var line in lines)
        {
            TestContext.Progress.WriteLine(line);
        }

        Assert.That(stored, Is.EqualTo(count), string.Join("\n", lines));
        GC.KeepAlive(result);
    }

    /// <summary>The peak resident set (VmHWM) of a process, from /proc; 0 where there is none.</summary>
    private static long ProcessPeak(string pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Samples the managed heap (garbage included) and the Playwright driver's peak every 250 ms while the journey
    /// runs, and every 10 s what is live after a full collection.
    /// </summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _heapPeak;
        private long _livePeak;
        private long _driverPeak;
        private int _ticks;

        public HeapSampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));

        public long HeapPeak => Interlocked.Read(ref _heapPeak);

        public long LivePeak => Interlocked.Read(ref _livePeak);

        public long DriverPeak => Interlocked.Read(ref _driverPeak);

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            InterlockedMax(ref _heapPeak, Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false)));
            if (Interlocked.Increment(ref _ticks) % 40 == 0)
            {
                InterlockedMax(ref _livePeak, GC.GetTotalMemory(forceFullCollection: true));
            }

            foreach (var child in DriverProcesses())
            {
                InterlockedMax(ref _driverPeak, ProcessPeak(child));
            }
        }

        private static IEnumerable<string> DriverProcesses()
        {
            var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            var processes = Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [];
            foreach (var folder in processes.Where(folder => Path.GetFileName(folder).All(char.IsAsciiDigit)))
            {
                string stat, commandLine;
                try
                {
                    stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The process ended, or is not ours to read.
                    continue;
                }

                // stat is "pid (comm) state ppid ...", and node names itself MainThread: the driver is the run-driver child of this process.
                var close = stat.LastIndexOf(')');
                if (close > 0 && stat[(close + 2)..].Split(' ')[1] == self && commandLine.Contains("run-driver", StringComparison.Ordinal))
                {
                    yield return Path.GetFileName(folder);
                }
            }
        }

        private static void InterlockedMax(ref long target, long value)
        {
            long current;
            while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
