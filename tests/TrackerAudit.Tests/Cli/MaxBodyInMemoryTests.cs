using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary><c>--max-body-in-memory</c> end to end: stored bodies are sealed, verified and redacted with the run.</summary>
[NonParallelizable]
public sealed class MaxBodyInMemoryTests
{
    private const string Page = """
        <!doctype html><html><head><title>Post</title></head><body>
        <script>fetch('/ping', { method: 'POST', body: 'a=' + 'x'.repeat(1000) });</script>
        </body></html>
        """;

    [Test]
    public async Task Stored_bodies_are_sealed_with_the_run_and_a_changed_one_fails_verify()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, string> { ["index.html"] = Page }, "/ping");
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: post\nstart: /\nsteps:\n  - wait: { time: 1ms }\n");

        var run = await CliResult.RunAsync("run", journey, "--base-url", site.BaseUrl.ToString(), "--output", Path.Combine(folder.Path, "out"),
            "--browser", TestBrowser.Path, "--no-screenshots", "--max-body-in-memory", "100", "--redact");

        var runFolder = Directory.GetDirectories(Path.Combine(folder.Path, "out")).Single(path => !path.EndsWith("-redacted", StringComparison.Ordinal));
        var body = Directory.GetFiles(Path.Combine(runFolder, "bodies")).Single();
        var relative = "bodies/" + Path.GetFileName(body);
        var stored = await File.ReadAllTextAsync(body);
        var intact = await CliResult.RunAsync("verify", runFolder);
        var redactedIntact = await CliResult.RunAsync("verify", runFolder + "-redacted");
        await File.AppendAllTextAsync(body, "!");
        var changed = await CliResult.RunAsync("verify", runFolder);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(stored, Is.EqualTo("a=" + new string('x', 1000)));
            Assert.That(File.ReadAllText(Path.Combine(runFolder, "SHA256SUMS")), Does.Contain("  " + relative + "\n"));
            Assert.That(intact.ExitCode, Is.EqualTo(ExitCodes.Success), intact.Output);
            Assert.That(File.Exists(Path.Combine(runFolder + "-redacted", relative)), Is.True, "the redacted copy keeps the body, masked");
            Assert.That(redactedIntact.ExitCode, Is.EqualTo(ExitCodes.Success), redactedIntact.Output);
            Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(changed.Output, Does.Contain("changed: " + relative));
        });
    }

    [TestCase("-1", "--max-body-in-memory: must be 0 or more bytes, not -1")]
    [TestCase("lots", "lots")]
    public async Task A_limit_that_is_not_a_number_of_bytes_is_exit_2(string limit, string message)
    {
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: j\nstart: http://127.0.0.1:9/\nsteps:\n  - wait: { time: 1ms }\n");

        var result = await CliResult.RunAsync("run", journey, "--output", folder.Path, "--max-body-in-memory", limit);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain(message));
        });
    }
}
