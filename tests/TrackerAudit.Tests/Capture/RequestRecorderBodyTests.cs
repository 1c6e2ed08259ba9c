using TrackerAudit.Capture;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture;

/// <summary>How the recorder keeps a body: inline, in a file, or inline after all when the file cannot be written.</summary>
[NonParallelizable]
public sealed class RequestRecorderBodyTests
{
    private const string Page = """
        <!doctype html><html><head><title>Post</title></head><body>
        <script>fetch('/ping', { method: 'POST', body: 'a=0123456789abcdef' });</script>
        </body></html>
        """;

    private const string JourneyYaml = "name: post\nstart: /\nsteps:\n  - wait: { time: 1ms }\n";

    [Test]
    public async Task A_body_over_the_limit_is_captured_as_a_file_reference()
    {
        using var folder = new TempFolder();

        var (ping, runFolder) = await RunAsync(folder, prepare: _ => { });

        Assert.Multiple(() =>
        {
            Assert.That((ping.BodyFile, ping.BodyText, ping.BodySize), Is.EqualTo((RequestBodies.RelativePath(ping.Id), (string?)null, 18L)));
            Assert.That(File.ReadAllText(Path.Combine(runFolder, ping.BodyFile!)), Is.EqualTo("a=0123456789abcdef"));
        });
    }

    [Test]
    public async Task A_body_that_cannot_be_stored_is_kept_in_memory_and_still_captured()
    {
        using var folder = new TempFolder();

        // A file where the bodies folder should be: every write into it fails.
        var (ping, runFolder) = await RunAsync(folder, prepare: run => File.WriteAllText(Path.Combine(run, RequestBodies.FolderName), "in the way"));

        Assert.Multiple(() =>
        {
            Assert.That((ping.BodyFile, ping.BodyText), Is.EqualTo(((string?)null, "a=0123456789abcdef")));
            Assert.That(File.ReadAllText(Path.Combine(runFolder, AuditRunner.CaptureFileName)), Does.Contain("\"bodyText\":\"a=0123456789abcdef\""));
        });
    }

    private static async Task<(CapturedRequest Ping, string RunFolder)> RunAsync(TempFolder folder, Action<string> prepare)
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = Page }, "/ping");
        var options = AuditHarness.Options(folder, site.BaseUrl) with { MaxBodyInMemory = 10 };
        Directory.CreateDirectory(options.RunFolder);
        prepare(options.RunFolder);

        var result = await AuditHarness.RunAsync([AuditHarness.Journey(JourneyYaml)], options);

        var run = result.Report.Journeys.Single();
        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
        return (run.Requests.Single(request => request.Url.EndsWith("/ping", StringComparison.Ordinal)), options.RunFolder);
    }
}
