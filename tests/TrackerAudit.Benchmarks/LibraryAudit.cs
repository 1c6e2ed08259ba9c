using System.Diagnostics;
using Serilog.Core;
using TrackerAudit.Demo;
using TrackerAudit.Journeys;
using TrackerAudit.Running;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// The demo audited through the library as <c>trackeraudit demo</c> configures it (site, stand-ins, workers 1,
/// screenshots off) but without the CLI's derived reports, log and checksums, and with one setting changed:
/// the variants that say where the overhead of benchmark 1 goes.
/// </summary>
internal static class LibraryAudit
{
    public static async Task<double> RunAsync(string workFolder, string browser, IReadOnlyList<Journey> journeys, Func<AuditOptions, AuditOptions> vary)
    {
        var folder = Path.Combine(workFolder, "overhead-library");
        var clock = Stopwatch.StartNew();
        await using (var site = await DemoSite.StartAsync().ConfigureAwait(false))
        {
            var options = vary(new AuditOptions
            {
                RunFolder = folder,
                RunId = "overhead",
                BrowserPath = browser,
                Screenshots = false,
                Workers = 1,
                BaseUrl = site.BaseUrl,
                StandIns = DemoStandIns.Create(),
                TrackerTraffic = DemoStandIns.TrafficNote,
            });
            await new AuditRunner(Logger.None).RunAsync(journeys, options, CancellationToken.None).ConfigureAwait(false);
        }

        clock.Stop();
        Directory.Delete(folder, recursive: true);
        return clock.Elapsed.TotalSeconds;
    }
}
