using System.Diagnostics;
using System.Globalization;
using TrackerAudit.Findings;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

/// <summary>
/// A measurement, not a check: the cost of telling a host's site (<see cref="Sites.SiteOf"/>, Public Suffix List) and
/// of naming its company (<see cref="EntityCatalogue.Identify"/>), in ns per host over 100,000 hosts, 9 runs.
/// Run it on purpose: <c>dotnet test --filter "FullyQualifiedName~ThirdPartyLookupMeasurement"</c>.
/// </summary>
[Explicit("A measurement; run it on purpose.")]
[NonParallelizable]
public sealed class ThirdPartyLookupMeasurement
{
    private const int Hosts = 100_000;
    private const int Runs = 9;

    [Test]
    public void Measure_site_and_company_lookups_per_host()
    {
        var hosts = MixOfHosts();
        var catalogue = EntityCatalogue.Default;
        var sink = 0;
        // Warm up: loads both lists and lets the JIT settle.
        foreach (var host in hosts.Take(10_000))
        {
            sink += Sites.SiteOf(host).Length + (catalogue.Identify(host)?.Categories.Count ?? 0);
        }

        var repeated = Enumerable.Range(0, Hosts).Select(i => hosts[i % 300]).ToList();
        var siteRepeated = Time(repeated, host => Sites.SiteOf(host).Length);
        var site = Time(hosts, host => Sites.SiteOf(host).Length);
        var identify = Time(hosts, host => catalogue.Identify(host)?.Categories.Count ?? 0);
        TestContext.Out.WriteLine(Describe("Sites.SiteOf, 300 distinct hosts (cached)", siteRepeated));
        TestContext.Out.WriteLine(Describe("Sites.SiteOf, ~67,000 distinct hosts (mostly past the cache)", site));
        TestContext.Out.WriteLine(Describe("EntityCatalogue.Identify", identify));
        Assert.That(sink, Is.GreaterThan(0));
    }

    // Wall time and the process's CPU time: on a shared machine the CPU time is the steadier of the two.
    private static (List<double> Wall, List<double> Cpu) Time(IReadOnlyList<string> hosts, Func<string, int> lookup)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < Runs; run++)
        {
            var sink = 0;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var host in hosts)
            {
                sink += lookup(host);
            }

            clock.Stop();
            process.Refresh();
            wall.Add(clock.Elapsed.TotalNanoseconds / hosts.Count + (sink < 0 ? 1 : 0));
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalNanoseconds / hosts.Count);
        }

        wall.Sort();
        cpu.Sort();
        return (wall, cpu);
    }

    private static string Describe(string what, (List<double> Wall, List<double> Cpu) times) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: wall median {times.Wall[Runs / 2]:F0} ns per host (min {times.Wall[0]:F0}, max {times.Wall[^1]:F0}); CPU median {times.Cpu[Runs / 2]:F0} ns (min {times.Cpu[0]:F0}, max {times.Cpu[^1]:F0}); {Hosts:N0} hosts, {Runs} runs, load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown")}");

    // A third of hosts from third-party-web's own domains under random subdomains, a third on multi-label public
    // suffixes (co.uk, police.uk, github.io), a third unknown; a few in Unicode.
    private static List<string> MixOfHosts()
    {
        var random = new Random(12);
        string[] known = ["google-analytics.com", "doubleclick.net", "facebook.net", "hotjar.com", "cookielaw.org", "licdn.com", "tiktok.com", "bing.com", "hs-scripts.com", "googletagmanager.com"];
        string[] suffixes = ["co.uk", "police.uk", "nhs.uk", "gov.uk", "github.io", "com.au", "org"];
        var hosts = new List<string>(Hosts);
        for (var i = 0; i < Hosts; i++)
        {
            var label = "h" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
            hosts.Add((i % 3) switch
            {
                0 => $"{label}.{known[random.Next(known.Length)]}",
                1 => $"www.{label}.{suffixes[random.Next(suffixes.Length)]}",
                _ => i % 100 == 2 ? $"www.{label}-münchen.de" : $"cdn.{label}.example-{random.Next(50)}.net",
            });
        }

        return hosts;
    }
}
