using System.Text.Json.Nodes;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Sharding;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Merging;

/// <summary>Two real shards of one audit, run through the command line, then merged.</summary>
[NonParallelizable]
public sealed class MergeCommandTests
{
    private const string PixelPage = """
        <!doctype html><html><head><title>{0} page</title></head><body>
        <a id="next" href="/next.html">Next</a>
        <script>new Image().src = 'https://www.facebook.com/tr/?id=111&ev=PageView&dl=' + encodeURIComponent(location.href);</script>
        </body></html>
        """;

    private TempFolder _folder = null!;
    private string _shardOne = null!;
    private string _shardTwo = null!;

    [OneTimeSetUp]
    public async Task RunTwoShards()
    {
        Assert.That((Shard.PartOf("alpha", 2), Shard.PartOf("beta", 2)), Is.EqualTo((1, 2)), "one journey in each part");
        _folder = new TempFolder();
        var pages = new Dictionary<string, string>
        {
            ["fraud.html"] = PixelPage.Replace("{0}", "Fraud", StringComparison.Ordinal),
            ["stalking.html"] = PixelPage.Replace("{0}", "Stalking", StringComparison.Ordinal),
            ["next.html"] = PixelPage.Replace("{0}", "Next", StringComparison.Ordinal),
        };
        await using var site = await FixtureSite.StartAsync(pages);
        _folder.Write("journeys/alpha.yaml", Journey("alpha", "/fraud.html", "fraud"));
        _folder.Write("journeys/beta.yaml", Journey("beta", "/stalking.html", "stalking"));

        _shardOne = await RunShardAsync(site.BaseUrl, "1/2");
        _shardTwo = await RunShardAsync(site.BaseUrl, "2/2");
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task Merged_run_holds_both_journeys_with_unique_ids_and_every_reference_intact()
    {
        using var output = new TempFolder();

        var result = await CliResult.RunAsync("merge", _shardOne, _shardTwo, "--output", output.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        var merged = Directory.GetDirectories(output.Path).Single();
        var report = JsonReportWriter.Read(Path.Combine(merged, JsonReportWriter.FileName));
        var shards = new[] { Read(_shardOne), Read(_shardTwo) };
        Assert.Multiple(() =>
        {
            Assert.That(report.Journeys.Select(run => run.Journey), Is.EqualTo(new[] { "alpha", "beta" }));
            Assert.That(report.RunId, Is.EqualTo(Path.GetFileName(merged)));
            Assert.That(report.RunId, Is.Not.AnyOf(shards[0].RunId, shards[1].RunId));
            Assert.That(report.StartedAt, Is.EqualTo(shards.Min(shard => shard.StartedAt)));
            Assert.That(report.EndedAt, Is.EqualTo(shards.Max(shard => shard.EndedAt)));
            Assert.That(report.Browser, Is.EqualTo(shards[0].Browser));
            Assert.That(report.Journeys.SelectMany(run => run.Requests).Select(request => request.Id), Is.Unique);
            foreach (var run in report.Journeys)
            {
                var original = shards.SelectMany(shard => shard.Journeys).Single(shardRun => shardRun.Journey == run.Journey);
                Assert.That(References(run), Is.Not.Empty, $"{run.Journey} has references to check");
                Assert.That(References(run), Is.EqualTo(References(original)), $"{run.Journey}: each reference still names the same request");
            }

            Assert.That(BundleChecksums.Verify(merged).Ok, Is.True, BundleChecksums.Verify(merged).Message);
            Assert.That(Path.Combine(merged, "report.md"), Does.Exist);
            Assert.That(Path.Combine(merged, "junit.xml"), Does.Exist);
            Assert.That(Path.Combine(merged, "capture.har"), Does.Exist);
            Assert.That(Path.Combine(merged, "metadata.json"), Does.Exist);
            var screenshots = report.Journeys.SelectMany(run => run.Steps).SelectMany(step => step.Screenshots).ToList();
            Assert.That(screenshots, Is.Not.Empty);
            Assert.That(screenshots.Select(path => Path.Combine(merged, path)), Has.All.Matches<string>(File.Exists));
            Assert.That(CaptureRequestIds(merged), Is.SupersetOf(report.Journeys.SelectMany(run => run.Requests).Select(request => request.Id)));
            Assert.That(Path.Combine(merged, "shards", shards[1].RunId, "log.ndjson"), Does.Exist);
        });
    }

    [Test]
    public async Task A_tampered_input_is_not_merged_and_is_named()
    {
        using var copies = new TempFolder();
        using var output = new TempFolder();
        var tampered = Copy(_shardOne, Path.Combine(copies.Path, "tampered"));
        File.AppendAllText(Path.Combine(tampered, "report.json"), " ");

        var result = await CliResult.RunAsync("merge", tampered, _shardTwo, "--output", output.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("Not merged: " + tampered));
            Assert.That(result.Output, Does.Contain("changed: report.json"));
            Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
        });
    }

    [Test]
    public async Task An_unsealed_input_is_not_merged()
    {
        using var copies = new TempFolder();
        using var output = new TempFolder();
        var unsealed = Copy(_shardOne, Path.Combine(copies.Path, "unsealed"));
        File.Delete(Path.Combine(unsealed, BundleChecksums.FileName));

        var result = await CliResult.RunAsync("merge", unsealed, _shardTwo, "--output", output.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("cannot be verified"));
        });
    }

    [Test]
    public async Task The_same_journey_twice_exits_2()
    {
        using var copies = new TempFolder();
        using var output = new TempFolder();
        var copy = Copy(_shardOne, Path.Combine(copies.Path, "copy"));

        var result = await CliResult.RunAsync("merge", _shardOne, copy, "--output", output.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("'alpha'"));
        });
    }

    private async Task<string> RunShardAsync(Uri baseUrl, string shard)
    {
        var reports = Path.Combine(_folder.Path, "shard-" + shard[0]);
        var result = await CliResult.RunAsync(
            "run", Path.Combine(_folder.Path, "journeys"), "--shard", shard, "--base-url", baseUrl.ToString(),
            "--browser", TestBrowser.Path, "--output", reports, "--workers", "1");
        // The journeys' expectation fails on purpose (exit 1), so that its request ids are there to renumber.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), result.Output + result.Error);
        return Directory.GetDirectories(reports).Single();
    }

    private static string Journey(string name, string start, string word) => $$"""
        name: {{name}}
        start: {{start}}
        sensitive: [{{word}}]
        block: ["https://www.facebook.com/**"]
        steps:
          - click: "#next"
        expect:
          - name: No Meta
            no-requests:
              hosts: ["*.facebook.com"]
        """;

    private static RunReport Read(string runFolder) => JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));

    /// <summary>Every reference to a request, as what it refers to (time and URL), which renumbering must not change.</summary>
    private static List<string> References(JourneyRun run)
    {
        var requests = run.Requests.ToDictionary(request => request.Id, request => $"{request.Time:O} {request.Url}");
        return run.TrackerRequests.Select(decoded => "decoded " + requests[decoded.RequestId])
            .Concat(run.TrackerRequests.SelectMany(decoded => decoded.Events).Select(trackerEvent => "event " + requests[trackerEvent.RequestId]))
            .Concat(run.Findings.Select(finding => $"finding {finding.Key} " + requests[finding.RequestId]))
            .Concat(run.Expectations.SelectMany(expectation => expectation.RequestIds.Select(id => $"expectation {expectation.Name} " + requests[id])))
            .ToList();
    }

    private static List<long> CaptureRequestIds(string runFolder) =>
        File.ReadLines(Path.Combine(runFolder, AuditRunner.CaptureFileName))
            .Select(line => JsonNode.Parse(line)!)
            .Where(node => node["type"]!.GetValue<string>() == "request")
            .Select(node => node["request"]!["id"]!.GetValue<long>())
            .ToList();

    private static string Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
