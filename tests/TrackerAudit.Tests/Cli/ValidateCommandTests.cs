using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Test]
    public async Task Valid_journeys_pass_with_exit_code_0()
    {
        var result = await CliResult.RunAsync("validate", Path.Combine(RepoPaths.Journeys, "demo"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
            Assert.That(result.Output, Does.Contain("report-sexual-assault.yaml").And.Contain("3 journey(s) valid."));
            Assert.That(result.Output, Does.Contain("'Answer the cookie banner', 2 steps, run once per consent variant (none, reject, accept)"));
        });
    }

    [Test]
    public async Task Every_problem_is_reported_with_file_line_and_column_and_exit_code_2()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.yaml", "name: bad\nstart: not a url\nsteps:\n  - clik: \"#x\"\n  - fill: \"#y\"\n");

        var result = await CliResult.RunAsync("validate", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain($"{file}:2:8: start:"));
            Assert.That(result.Error, Does.Contain($"{file}:4:5:").And.Contain("clik"));
            Assert.That(result.Error, Does.Contain($"{file}:5:").And.Contain("value"));
        });
    }

    [Test]
    public async Task A_missing_file_is_invalid_input()
    {
        var result = await CliResult.RunAsync("validate", "/no/such/journey.yaml");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("/no/such/journey.yaml"));
    }

    [Test]
    public async Task Unknown_options_are_invalid_input()
    {
        var result = await CliResult.RunAsync("run", "--no-such-option", "x.yaml");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("--no-such-option"));
    }

    [Test]
    public async Task A_relative_journey_without_a_base_url_is_invalid_input_before_any_browser_starts()
    {
        using var folder = new TempFolder();
        var file = folder.Write("relative.yaml", "name: relative\nstart: /\nsteps:\n  - click: \"#x\"\n");

        var result = await CliResult.RunAsync("run", file, "--output", folder.Path, "--browser", "/no/browser/needed");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("--base-url"));
    }
}
