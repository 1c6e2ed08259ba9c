using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

public sealed class RunOptionTests
{
    [TestCase("--settle-quiet", "-1", "--settle-quiet: must be a number of seconds from 0 to 10")]
    [TestCase("--settle-quiet", "11", "--settle-quiet: must be a number of seconds from 0 to 10")]
    public async Task An_invalid_settle_period_exits_2_before_anything_runs(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var journey = folder.Write("plain.yaml", "name: Plain\nstart: /\nsteps:\n  - click: a\n");
        var output = Path.Combine(folder.Path, "reports");

        var result = await CliResult.RunAsync("run", journey, option, value, "--base-url", "http://127.0.0.1:9/", "--output", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain(message));
            Assert.That(Directory.Exists(output), Is.False, "nothing ran");
        });
    }

    [TestCase("0", "--repeat: must be from 1 to 1000, not 0")]
    [TestCase("1001", "--repeat: must be from 1 to 1000, not 1001")]
    [TestCase("twice", "Cannot parse argument 'twice' for option '--repeat'")]
    public async Task An_invalid_repeat_count_exits_2_before_anything_runs(string repeat, string message)
    {
        using var folder = new TempFolder();
        var journey = folder.Write("plain.yaml", "name: Plain\nstart: /\nsteps:\n  - click: a\n");
        var output = Path.Combine(folder.Path, "reports");

        var result = await CliResult.RunAsync("run", journey, "--repeat", repeat, "--base-url", "http://127.0.0.1:9/", "--output", output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain(message));
            Assert.That(Directory.Exists(output), Is.False, "nothing ran");
        });
    }
}
