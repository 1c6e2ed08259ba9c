using System.CommandLine;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

public sealed class DecodeCommandTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private string Output => Path.Combine(_folder.Path, "reports");

    private string RunFolder() => Directory.GetDirectories(Output).Single();

    [Test]
    public async Task Decoding_a_HAR_writes_a_sealed_run_folder_with_every_report_and_exits_0()
    {
        var har = _folder.Write("chrome.har", ChromeHar.Text);

        var result = await CliResult.RunAsync("decode", har, "--output", Output, "--sensitive", "fraud");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        var folder = RunFolder();
        Assert.That(Path.GetFileName(folder), Does.Match(@"^\d{8}-\d{6}-[0-9a-f]{4}-decode$"));
        Assert.That(BundleChecksums.ListFiles(folder), Is.SupersetOf(new[] { "report.json", "report.md", "capture.har", "log.ndjson" }));
        Assert.That(BundleChecksums.Verify(folder).Ok, Is.True);
        var report = JsonReportWriter.Read(Path.Combine(folder, JsonReportWriter.FileName));
        Assert.That(report.RunId, Is.EqualTo(Path.GetFileName(folder)));
        Assert.That(report.Browser, Is.Null);
        var run = report.Journeys.Single();
        Assert.That(run.Sensitive, Is.EqualTo(new[] { "fraud" }));
        Assert.That(run.Findings.Select(finding => finding.Category), Does.Contain(FindingCategory.SensitiveContext).And.Contain(FindingCategory.PageAndBehaviour));
        Assert.That(result.Output, Does.Contain("Journey 'chrome.har'").And.Contain("the sensitive word 'fraud'").And.Contain("trackeraudit verify " + folder));
    }

    [Test]
    public async Task A_typed_value_is_found_in_the_beacon()
    {
        var har = _folder.Write("chrome.har", ChromeHar.Text);

        var result = await CliResult.RunAsync("decode", har, "-o", Output, "--typed", "button=Report online fraud");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        var run = JsonReportWriter.Read(Path.Combine(RunFolder(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.That(run.TypedValues, Is.EqualTo(new Dictionary<string, string> { ["button"] = "Report online fraud" }));
        Assert.That(run.Findings.Where(finding => finding.Category == FindingCategory.TypedData).Select(finding => finding.Parameter), Does.Contain("cd[buttonText]"));
    }

    [Test]
    public async Task A_cut_HAR_still_gets_its_report_and_exits_2_with_the_position()
    {
        var whole = ChromeHar.Text;
        var har = _folder.Write("cut.har", whole[..(whole.IndexOf("\"_resourceType\": \"script\"", StringComparison.Ordinal) + 5)]);

        var result = await CliResult.RunAsync("decode", har, "-o", Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.StartWith("decode: " + har + " is not a readable HAR file: at byte ").And.Contain("(line "));
        var run = JsonReportWriter.Read(Path.Combine(RunFolder(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
        Assert.That(run.Requests, Has.Count.EqualTo(3));
        Assert.That(BundleChecksums.Verify(RunFolder()).Ok, Is.True);
    }

    [Test]
    public async Task A_file_that_is_not_a_HAR_exits_2_and_writes_nothing()
    {
        var garbage = _folder.Write("garbage.har", "\u0089PNG not json");

        var result = await CliResult.RunAsync("decode", garbage, "-o", Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("is not a readable HAR file: at byte 0 (line 1, column 1)"));
        Assert.That(Directory.Exists(Output), Is.False);
    }

    [Test]
    public async Task A_missing_input_exits_2()
    {
        var result = await CliResult.RunAsync("decode", Path.Combine(_folder.Path, "missing.har"), "-o", Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("is neither a HAR file nor an http(s) URL"));
    }

    [Test]
    public async Task A_typed_value_without_a_label_exits_2()
    {
        var result = await CliResult.RunAsync("decode", "https://www.facebook.com/tr/?id=1&ev=PageView", "-o", Output, "--typed", "jane@example.org");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.StartWith("--typed: 'jane@example.org' is not LABEL=VALUE"));
    }

    [Test]
    public async Task URLs_on_standard_input_are_decoded()
    {
        using var output = new StringWriter();
        using var stdin = new StringReader("https://www.facebook.com/tr/?id=42&ev=PageView&dl=https%3A%2F%2Fwww.example.org%2Fdebt-help%2F\n");
        var root = new RootCommand { DecodeCommand.Create(output, stdin) };

        var exitCode = await root.Parse(["decode", "-", "-o", Output, "--sensitive", "debt"]).InvokeAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        var run = JsonReportWriter.Read(Path.Combine(RunFolder(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.That(run.Journey, Is.EqualTo("urls"));
        Assert.That(run.TrackerRequests.Single().Events.Single().AccountId, Is.EqualTo("42"));
        Assert.That(run.Findings.Select(finding => finding.Subject), Does.Contain("the sensitive word 'debt'"));
    }
}
