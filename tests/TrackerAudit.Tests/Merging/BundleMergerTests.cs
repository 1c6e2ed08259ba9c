using Serilog.Core;
using TrackerAudit.Merging;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Merging;

public sealed class BundleMergerTests
{
    private const string Screenshot = "screenshots/journey/00-open-start-page-after.png";

    [Test]
    public async Task Screenshots_at_the_same_path_in_two_inputs_are_both_kept_and_referenced()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", [1, 2]);
        var second = await BundleAsync(folder, "second", "run-2", "two", [1]);
        var target = Path.Combine(folder.Path, "merged");

        var report = await BundleMerger.MergeAsync([first, second], target, "merged-run", Logger.None, CancellationToken.None);

        var paths = report.Journeys.ToDictionary(run => run.Journey, run => run.Steps.Single().Screenshots.Single());
        Assert.Multiple(() =>
        {
            Assert.That(paths["one"], Is.EqualTo(Screenshot));
            Assert.That(paths["two"], Is.EqualTo("screenshots/run-2/journey/00-open-start-page-after.png"));
            Assert.That(File.ReadAllText(Path.Combine(target, paths["one"])), Is.EqualTo("one"));
            Assert.That(File.ReadAllText(Path.Combine(target, paths["two"])), Is.EqualTo("two"));
            Assert.That(BundleChecksums.Verify(target).Ok, Is.True);
        });
    }

    [Test]
    public async Task Capture_lines_get_the_ids_of_the_merged_report()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", [1, 2, 3]);
        var second = await BundleAsync(folder, "second", "run-2", "two", [1, 2]);
        var target = Path.Combine(folder.Path, "merged");

        var report = await BundleMerger.MergeAsync([first, second], target, "merged-run", Logger.None, CancellationToken.None);

        var lines = File.ReadAllLines(Path.Combine(target, AuditRunner.CaptureFileName));
        Assert.Multiple(() =>
        {
            Assert.That(report.Journeys.Single(run => run.Journey == "two").Requests.Select(request => request.Id), Is.EqualTo(new[] { 4L, 5L }));
            Assert.That(lines.Where(line => line.Contains("\"two\"", StringComparison.Ordinal) && line.Contains("\"request\":", StringComparison.Ordinal)), Has.Some.Contains("\"id\":4,"));
            Assert.That(lines.Where(line => line.Contains("\"outcome\"", StringComparison.Ordinal) && line.Contains("\"two\"", StringComparison.Ordinal)), Has.All.Contains("\"id\":5,"));
            Assert.That(lines, Has.Member("{\"type\":\"request\",\"req"), "a cut-off line is kept as it was");
            Assert.That(lines, Has.Length.EqualTo((3 + 3) + (2 + 3)), "every line of both inputs");
        });
    }

    [Test]
    public async Task The_merged_run_spans_its_inputs_and_keeps_their_errors()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", [1], error: "browser crashed", shift: TimeSpan.FromMinutes(5));
        var second = await BundleAsync(folder, "second", "run-2", "two", [1]);

        var report = await BundleMerger.MergeAsync([first, second], Path.Combine(folder.Path, "merged"), "merged-run", Logger.None, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.RunId, Is.EqualTo("merged-run"));
            Assert.That(report.StartedAt, Is.EqualTo(SomeRun.Start));
            Assert.That(report.EndedAt, Is.EqualTo(SomeRun.Start.AddMinutes(5).AddSeconds(12.5)));
            Assert.That(report.Error, Is.EqualTo("run-1: browser crashed"));
        });
    }

    [Test]
    public async Task Check_names_each_input_that_does_not_verify()
    {
        using var folder = new TempFolder();
        var intact = await BundleAsync(folder, "intact", "run-1", "one", [1]);
        var changed = await BundleAsync(folder, "changed", "run-2", "two", [1]);
        File.WriteAllText(Path.Combine(changed, Screenshot), "edited");

        var problems = BundleMerger.CheckInputs([intact, changed]);

        Assert.That(problems, Is.EqualTo(new[] { $"{changed}: NOT intact: 1 changed, 0 missing, 0 not listed in SHA256SUMS.\n  changed: {Screenshot}" }));
    }

    /// <summary>A sealed run folder with one journey, its requests, one screenshot and a capture whose last line was cut off.</summary>
    private static async Task<string> BundleAsync(TempFolder folder, string name, string runId, string journey, long[] ids, string? error = null, TimeSpan shift = default)
    {
        var runFolder = Path.Combine(folder.Path, name);
        var beacons = ids.Select(id => SomeRun.Beacon(id, "PageView", "http://127.0.0.1:5000/", journey)).ToArray();
        var run = SomeRun.Journey(journey).With(beacons) with
        {
            StartedAt = SomeRun.Start.Add(shift),
            Steps = [SomeRun.Step(0, "open start page", "goto /") with { Screenshots = [Screenshot] }],
        };
        var report = SomeRun.Report(run) with { RunId = runId, Error = error, StartedAt = SomeRun.Start.Add(shift), EndedAt = SomeRun.Start.Add(shift).AddSeconds(12.5) };
        Directory.CreateDirectory(runFolder);
        await JsonReportWriter.WriteAsync(report, runFolder, CancellationToken.None);
        folder.Write(Path.Combine(name, Screenshot), journey);
        var capture = ids.Select(id => $"{{\"type\":\"request\",\"request\":{{\"id\":{id},\"journey\":\"{journey}\"}}}}")
            .Append($"{{\"type\":\"outcome\",\"journey\":\"{journey}\",\"id\":{ids[^1]},\"status\":200}}")
            .Append($"{{\"type\":\"step\",\"journey\":\"{journey}\",\"index\":0}}")
            .Append("{\"type\":\"request\",\"req");
        folder.Write(Path.Combine(name, AuditRunner.CaptureFileName), string.Join("\n", capture) + "\n");
        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None);
        return runFolder;
    }
}
