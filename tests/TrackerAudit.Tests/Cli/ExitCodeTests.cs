using System.Diagnostics;
using System.Xml.Linq;
using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary>The documented exit codes, end to end through the command line.</summary>
[NonParallelizable]
public sealed class ExitCodeTests
{
    private static string Policy => Path.Combine(RepoPaths.Journeys, "policies", "no-meta-on-report-pages.yaml");

    [Test]
    public async Task A_policy_that_meta_receives_nothing_on_report_pages_fails_the_demo_with_exit_1_and_a_junit_failure()
    {
        using var folder = new TempFolder();

        var result = await CliResult.RunAsync("demo", "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots", "--policy", Policy);

        var junit = XDocument.Load(Path.Combine(Directory.GetDirectories(folder.Path).Single(), "junit.xml"));
        var failures = junit.Descendants("failure").Where(failure => (string?)failure.Attribute("type") == "expectation").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), result.Output);
            Assert.That(failures, Is.Not.Empty);
            Assert.That(failures.Select(failure => failure.Value), Has.Some.Contains("https://www.facebook.com/tr/").And.Some.Contains("/report/"));
            Assert.That(result.Output, Does.Contain("FAILED Meta receives nothing from report pages"));
        });
    }

    [Test]
    public async Task The_same_policy_passes_with_exit_0_on_the_replica_without_the_pixel()
    {
        using var folder = new TempFolder();

        var result = await CliResult.RunAsync("demo", "--without-trackers", "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots", "--policy", Policy);

        var junit = XDocument.Load(Path.Combine(Directory.GetDirectories(folder.Path).Single(), "junit.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output);
            Assert.That(junit.Descendants("failure"), Is.Empty);
            Assert.That(junit.Descendants("testcase").Count(), Is.GreaterThanOrEqualTo(2 * 3), "two journeys, each with two policy rules and 'ran to the end'");
        });
    }

    [Test]
    public async Task Fail_on_a_severity_fails_a_run_that_otherwise_passes()
    {
        using var folder = new TempFolder();

        var result = await CliResult.RunAsync("demo", "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots", "--fail-on", "critical");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
        Assert.That(result.Output, Does.Contain("finding(s) at or above critical"));
    }

    [Test]
    public async Task A_browser_that_cannot_start_is_exit_3_with_the_report_still_written()
    {
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: j\nstart: http://127.0.0.1:9/\nsteps:\n  - wait: { time: 1ms }\n");

        var result = await CliResult.RunAsync("run", journey, "--output", folder.Path, "--browser", "/bin/false");

        var runFolder = Directory.GetDirectories(folder.Path).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(File.Exists(Path.Combine(runFolder, "report.json")), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(runFolder, "report.json")), Does.Contain("could not be started"));
        });
    }

    [Test]
    public async Task Ctrl_c_ends_the_run_with_exit_130_and_the_partial_report_written()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("Sends SIGINT with kill(1).");
        }

        var pages = new Dictionary<string, string> { ["index.html"] = "<!doctype html><title>Slow</title><script>fetch('/ping', { method: 'POST' });</script>" };
        await using var site = await FixtureSite.StartAsync(pages, "/ping");
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: waits\nstart: /\nsteps:\n  - wait: { time: 10m }\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "TrackerAudit.Cli.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "run", journey, "--base-url", site.BaseUrl.ToString(), "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        await site.WaitForPostAsync("/ping");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var runFolder = Directory.GetDirectories(folder.Path).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Interrupted), await errors);
            Assert.That(File.ReadAllText(Path.Combine(runFolder, "report.json")), Does.Contain("/ping").And.Contain("\"interrupted\""));
            Assert.That(File.Exists(Path.Combine(runFolder, "SHA256SUMS")), Is.True);
            Assert.That(await output, Does.Contain("interrupted"));
        });
    }
}
