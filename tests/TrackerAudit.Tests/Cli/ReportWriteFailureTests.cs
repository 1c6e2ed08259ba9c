using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Errors;
using TrackerAudit.Hosting;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary>
/// A report the run cannot write (here <c>report.html</c>, whose path a directory takes while the run is in a step)
/// is exit 3, the folder says it is incomplete and <c>verify</c> fails it; once the cause is gone, <c>recover</c>
/// writes what is missing and seals the folder whole.
/// </summary>
[NonParallelizable]
public sealed class ReportWriteFailureTests
{
    private const string Page = "<!doctype html><title>Held</title><body><script>"
        + "fetch('/hold', { method: 'POST' }).then(() => { const done = document.createElement('p'); done.id = 'released'; document.body.append(done); });"
        + "</script></body>";

    [Test]
    public async Task A_report_that_cannot_be_written_is_exit_3_and_the_folder_is_not_sealed_as_whole()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var site = await StaticSiteServer.StartAsync(
            path => path is "" or "index.html" ? Encoding.UTF8.GetBytes(Page) : null,
            new Dictionary<string, RequestDelegate>
            {
                ["/hold"] = async context =>
                {
                    // The run is now in its step, its folder made: the test breaks the report's path, then lets the page go on.
                    held.TrySetResult();
                    await release.Task;
                    await context.Response.WriteAsync("released");
                },
            });
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: held\nstart: /\nsteps:\n  - wait: { selector: \"#released\" }\n");
        var output = Path.Combine(folder.Path, "out");

        var running = CliResult.RunAsync("run", journey, "--base-url", site.BaseUrl.ToString(), "--output", output, "--browser", TestBrowser.Path, "--no-screenshots");
        await held.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var runFolder = Directory.GetDirectories(output).Single();
        Directory.CreateDirectory(Path.Combine(runFolder, HtmlReportWriter.FileName));
        release.SetResult();
        var result = await running.WaitAsync(TimeSpan.FromMinutes(2));
        var verified = await CliResult.RunAsync("verify", runFolder);
        var report = JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.AuditFailed), result.Output + result.Error);
            Assert.That(result.Output, Does.Contain("INCOMPLETE: report.html could not be written"));
            Assert.That(result.Output, Does.Not.Contain("Exit code 0"));
            Assert.That(report.Completeness?.State, Is.EqualTo(RunCompleteness.Incomplete));
            Assert.That(report.Completeness!.NotWritten, Is.EqualTo(new[] { HtmlReportWriter.FileName }));
            Assert.That(File.ReadAllText(Path.Combine(runFolder, MetadataWriter.FileName)), Does.Contain("\"state\": \"incomplete\""));
            Assert.That(verified.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(verified.Output, Does.Contain("INCOMPLETE: sealed without report.html"));
        });

        Directory.Delete(Path.Combine(runFolder, HtmlReportWriter.FileName));
        var recovered = await CliResult.RunAsync("recover", runFolder);
        var whole = await CliResult.RunAsync("verify", runFolder);

        Assert.Multiple(() =>
        {
            Assert.That(recovered.ExitCode, Is.EqualTo(ExitCodes.Success), recovered.Output + recovered.Error);
            Assert.That(File.Exists(Path.Combine(runFolder, HtmlReportWriter.FileName)), Is.True);
            Assert.That(whole.ExitCode, Is.EqualTo(ExitCodes.Success), whole.Output);
            Assert.That(JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName)).Journeys.Single().Requests, Is.Not.Empty);
        });
    }
}
