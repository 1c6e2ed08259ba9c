using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Sharding;

[NonParallelizable]
public sealed class ShardOptionTests
{
    // No browser is needed: the journeys are never opened (an empty shard, or options rejected first).
    private const string Unreachable = "http://127.0.0.1:9/";

    [TestCase("0/3")]
    [TestCase("3/2")]
    [TestCase("half")]
    public async Task An_invalid_shard_exits_2_naming_the_option(string shard)
    {
        using var folder = new TempFolder();
        var journeys = WriteJourneys(folder, "alpha");

        var result = await CliResult.RunAsync("run", journeys, "--shard", shard, "--base-url", Unreachable, "--output", Path.Combine(folder.Path, "reports"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("--shard: "));
            Assert.That(Directory.Exists(Path.Combine(folder.Path, "reports")), Is.False, "nothing ran");
        });
    }

    [Test]
    public async Task An_empty_shard_says_so_and_writes_an_empty_report()
    {
        using var folder = new TempFolder();
        // Both names fall in part 1 of 2 (see ShardTests).
        var journeys = WriteJourneys(folder, "alpha", "gamma");
        var output = Path.Combine(folder.Path, "reports");

        var result = await CliResult.RunAsync("run", journeys, "--shard", "2/2", "--base-url", Unreachable, "--output", output, "--browser", "/nonexistent/chromium");

        var runFolder = Directory.GetDirectories(output).Single();
        var report = JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
            Assert.That(result.Output, Does.Contain("Shard 2/2: none of the 2 journeys"));
            Assert.That(report.Journeys, Is.Empty);
            Assert.That(report.Error, Is.Null);
            Assert.That(File.Exists(Path.Combine(runFolder, "SHA256SUMS")), Is.True);
        });
    }

    [TestCase("0")]
    [TestCase("-2")]
    public async Task Fewer_than_one_worker_exits_2(string workers)
    {
        using var folder = new TempFolder();
        var journeys = WriteJourneys(folder, "alpha");

        var result = await CliResult.RunAsync("run", journeys, "--workers", workers, "--base-url", Unreachable, "--output", Path.Combine(folder.Path, "reports"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("--workers: must be at least 1"));
        });
    }

    private static string WriteJourneys(TempFolder folder, params string[] names)
    {
        foreach (var name in names)
        {
            folder.Write(Path.Combine("journeys", name + ".yaml"), $"name: {name}\nstart: /\nsteps:\n  - wait: {{ time: 1ms }}\n");
        }

        return Path.Combine(folder.Path, "journeys");
    }
}
