using System.Text;
using System.Text.Json;
using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Merging;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Serialization;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Merging;

/// <summary>Merging runs whose bodies are stored in bodies/: each file follows its request's moved id.</summary>
public sealed class StoredBodyMergeTests
{
    [Test]
    public async Task Stored_bodies_follow_their_moved_request_ids_in_report_capture_and_folder()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", "first body");
        var second = await BundleAsync(folder, "second", "run-2", "two", "second body");
        var target = Path.Combine(folder.Path, "merged");

        var report = await BundleMerger.MergeAsync([first, second], target, "merged-run", Logger.None, CancellationToken.None);

        var moved = report.Journeys.Single(run => run.Journey == "two").Requests.Single(request => request.BodyFile is not null);
        var kept = report.Journeys.Single(run => run.Journey == "one").Requests.Single(request => request.BodyFile is not null);
        var line = File.ReadLines(Path.Combine(target, AuditRunner.CaptureFileName)).Single(text => text.Contains("\"two\"", StringComparison.Ordinal) && text.Contains("bodyFile", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That((kept.Id, kept.BodyFile), Is.EqualTo((2L, "bodies/2.bin")));
            Assert.That((moved.Id, moved.BodyFile), Is.EqualTo((4L, "bodies/4.bin")));
            Assert.That(File.ReadAllText(Path.Combine(target, "bodies", "2.bin")), Is.EqualTo("first body"));
            Assert.That(File.ReadAllText(Path.Combine(target, "bodies", "4.bin")), Is.EqualTo("second body"));
            Assert.That(line, Does.Contain("\"id\":4,").And.Contain("\"bodyFile\":\"bodies/4.bin\""));
            Assert.That(BundleChecksums.Verify(target).Ok, Is.True, BundleChecksums.Verify(target).Message);
        });
    }

    [Test]
    public async Task The_merged_HAR_holds_each_stored_body_and_names_its_file()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", "first body");
        var second = await BundleAsync(folder, "second", "run-2", "two", "second body");
        var target = Path.Combine(folder.Path, "merged");

        await BundleMerger.MergeAsync([first, second], target, "merged-run", Logger.None, CancellationToken.None);

        using var har = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(target, HarWriter.FileName)));
        var posts = har.RootElement.GetProperty("log").GetProperty("entries").EnumerateArray()
            .Where(entry => entry.GetProperty("request").TryGetProperty("postData", out _))
            .Select(entry => entry.GetProperty("request").GetProperty("postData"))
            .Select(post => (post.GetProperty("text").GetString(), post.GetProperty("_file").GetString()))
            .ToList();
        Assert.That(posts, Is.EquivalentTo(new[] { ("first body", "bodies/2.bin"), ("second body", "bodies/4.bin") }));
    }

    [Test]
    public async Task A_file_in_bodies_not_named_after_a_request_is_kept_beside_the_merged_run()
    {
        using var folder = new TempFolder();
        var first = await BundleAsync(folder, "first", "run-1", "one", "first body", extraFile: "notes.txt");
        var target = Path.Combine(folder.Path, "merged");

        await BundleMerger.MergeAsync([first], target, "merged-run", Logger.None, CancellationToken.None);

        Assert.That(File.ReadAllText(Path.Combine(target, "shards", "run-1", "bodies", "notes.txt")), Is.EqualTo("extra"));
    }

    /// <summary>A sealed run folder of one journey: a page, then a POST whose body is stored.</summary>
    private static async Task<string> BundleAsync(TempFolder folder, string name, string runId, string journey, string body, string? extraFile = null)
    {
        var runFolder = Path.Combine(folder.Path, name);
        var page = SomeRun.Request(1, "http://127.0.0.1:5000/", resourceType: "document") with { Journey = journey };
        var post = SomeRun.Request(2, "http://127.0.0.1:5000/upload", "POST", "fetch") with { Journey = journey };
        post = await new RequestBodies(runFolder, limit: 0).StoreAsync(post, Encoding.UTF8.GetBytes(body), CancellationToken.None);
        var report = SomeRun.Report(SomeRun.Journey(journey) with { Requests = [page, post] }) with { RunId = runId };
        await JsonReportWriter.WriteAsync(report, runFolder, CancellationToken.None);
        await File.WriteAllLinesAsync(
            Path.Combine(runFolder, AuditRunner.CaptureFileName),
            report.Journeys[0].Requests.Select(request => JsonSerializer.Serialize<CaptureLine>(new RequestLine(request), JsonDefaults.Compact)));
        if (extraFile is not null)
        {
            folder.Write(Path.Combine(name, "bodies", extraFile), "extra");
        }

        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None);
        return runFolder;
    }
}
