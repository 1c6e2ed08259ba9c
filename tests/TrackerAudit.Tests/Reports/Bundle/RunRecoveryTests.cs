using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Serialization;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

/// <summary>
/// <c>trackeraudit recover</c> on the folder a killed run leaves: a plan, a capture log cut off mid-line, no report.
/// </summary>
public sealed class RunRecoveryTests
{
    private const string Canary = "canary.5f3a9@example.org";

    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private TempFolder _folder = null!;

    [SetUp]
    public void MakeKilledRun()
    {
        _folder = new TempFolder();
        RunPlanFile.Write(_folder.Path, new RunPlanDocument
        {
            RunId = "20261204-090000-dead",
            StartedAt = Start,
            CommandLine = "trackeraudit run journeys/",
            TrackerTraffic = "answered locally",
            Journeys = [new PlannedJourney("Report fraud", "journeys/report-fraud.yaml", new string('a', 64), ["fraud"]), new PlannedJourney("Never ran", "journeys/later.yaml", new string('b', 64), [])],
        });
        var page = SomeRun.Request(1, "http://127.0.0.1:5000/report/fraud", resourceType: "document", step: 0, stepName: "open start page") with { Journey = "Report fraud", Time = Start.AddSeconds(1) };
        var beacon = SomeRun.Request(2, "https://www.facebook.com/tr/?id=111122223333444&ev=PageView&dl=http%3A%2F%2F127.0.0.1%3A5000%2Freport%2Ffraud%3Femail%3D" + Uri.EscapeDataString(Uri.EscapeDataString(Canary)), step: 0, stepName: "open start page") with
        {
            Journey = "Report fraud",
            Time = Start.AddSeconds(2),
            PageUrl = "http://127.0.0.1:5000/report/fraud",
        };
        CaptureLine[] lines =
        [
            new JourneyLine("Report fraud", Start, "http://127.0.0.1:5000/report/fraud", new Dictionary<string, string> { ["email"] = Canary }),
            new StepLine("Report fraud", 0, "open start page", "start", Start, null),
            new RequestLine(page),
            new OutcomeLine("Report fraud", 1, Start.AddSeconds(1.5), 200, null, RequestDisposition.Sent),
            new RequestLine(beacon),
            new StepLine("Report fraud", 0, "open start page", "end", Start.AddSeconds(3), null),
            new StepLine("Report fraud", 1, "click Continue", "start", Start.AddSeconds(3), null),
        ];
        var text = string.Concat(lines.Select(line => JsonSerializer.Serialize(line, JsonDefaults.Compact) + "\n"));
        // kill -9 lands while the writer is half-way through a line.
        _folder.Write(AuditRunner.CaptureFileName, text + "{\"type\":\"request\",\"request\":{\"id\":3,\"time\":\"2026-12-04T09:00:04");
        _folder.Write("log.ndjson", "{\"@t\":\"2026-12-04T09:00:00Z\",\"@mt\":\"started\"}\n");
    }

    [TearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public async Task Recover_rebuilds_the_report_from_the_capture_log_and_seals_it()
    {
        var recovered = await CliResult.RunAsync("recover", _folder.Path);
        var verified = await CliResult.RunAsync("verify", _folder.Path);

        var report = JsonReportWriter.Read(Path.Combine(_folder.Path, JsonReportWriter.FileName));
        var run = report.Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(recovered.ExitCode, Is.EqualTo(ExitCodes.Success), recovered.Output + recovered.Error);
            Assert.That(verified.ExitCode, Is.EqualTo(ExitCodes.Success), verified.Output);
            Assert.That(report.RunId, Is.EqualTo("20261204-090000-dead"));
            Assert.That(run.Journey, Is.EqualTo("Report fraud"));
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Interrupted));
            Assert.That(run.Requests.Select(request => request.Id), Is.EqualTo(new long[] { 1, 2 }));
            Assert.That(run.Requests[0].Status, Is.EqualTo(200), "the outcome line is applied");
            Assert.That(run.Steps.Select(step => (step.Index, step.Status)), Is.EqualTo(new[] { (0, StepStatus.Passed), (1, StepStatus.Failed) }));
            Assert.That(run.Steps[1].Error, Is.EqualTo("the process ended during this step"));
            Assert.That(run.TrackerRequests, Has.Count.EqualTo(1), "the pixel's beacon is decoded");
            Assert.That(run.Findings.Select(finding => finding.Category), Does.Contain(FindingCategory.TypedData).And.Contain(FindingCategory.SensitiveContext));
            Assert.That(report.Completeness!.State, Is.EqualTo(RunCompleteness.Interrupted));
            Assert.That(report.Completeness.NotStarted, Is.EqualTo(new[] { "Never ran" }));
            Assert.That(report.Completeness.Recovered!.UnreadableLines, Is.EqualTo(new long[] { 8 }));
            Assert.That(recovered.Output, Does.Contain("Never started: Never ran"));
            Assert.That(File.ReadAllText(Path.Combine(_folder.Path, MetadataWriter.FileName)), Does.Contain("\"state\": \"interrupted\""));
            Assert.That(BundleChecksums.ListFiles(_folder.Path), Is.SupersetOf(ReportBundle.Files).And.Contain("log.ndjson").And.Contain(RunPlanFile.FileName));
        });
    }

    [Test]
    public async Task Recover_leaves_an_intact_sealed_folder_alone()
    {
        await CliResult.RunAsync("recover", _folder.Path);
        var sums = File.ReadAllText(Path.Combine(_folder.Path, BundleChecksums.FileName));

        var again = await CliResult.RunAsync("recover", _folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(again.Output, Does.Contain("Already sealed"));
            Assert.That(File.ReadAllText(Path.Combine(_folder.Path, BundleChecksums.FileName)), Is.EqualTo(sums));
        });
    }

    [Test]
    public async Task Recover_refuses_to_seal_again_a_folder_changed_since_it_was_sealed()
    {
        await CliResult.RunAsync("recover", _folder.Path);
        File.AppendAllText(Path.Combine(_folder.Path, "report.md"), "\nNothing was found.\n");

        var again = await CliResult.RunAsync("recover", _folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(again.Output, Does.Contain("Not recovered").And.Contain("changed: report.md"));
        });
    }

    [Test]
    public async Task Recover_of_a_folder_without_a_capture_log_is_invalid_input()
    {
        using var empty = new TempFolder();

        var result = await CliResult.RunAsync("recover", empty.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("nothing to recover a report from"));
        });
    }

    [Test]
    public async Task Recover_removes_the_half_written_files_a_killed_run_leaves()
    {
        _folder.Write("report.json.tmp", "{\"schemaVersion\": 1, \"runId\": ");

        var result = await CliResult.RunAsync("recover", _folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output);
            Assert.That(File.Exists(Path.Combine(_folder.Path, "report.json.tmp")), Is.False);
        });
    }
}
