using System.CommandLine;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Baselines;

/// <summary>
/// <c>trackeraudit diff</c>'s exit codes. The command is not registered in the CLI on this branch, so the
/// tests put it in a root command of their own and turn its user-facing errors into exit codes as the CLI does.
/// </summary>
public sealed class DiffCommandTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task Exits_0_and_says_so_when_the_runs_do_not_differ()
    {
        var baseline = await WriteAsync("old", SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/a/"))));
        var current = await WriteAsync("new", SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://127.0.0.1:6000/a/"))));

        var (code, output) = await DiffAsync(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("No difference"));
        });
    }

    [Test]
    public async Task Exits_1_and_prints_the_difference_when_the_runs_differ()
    {
        var baseline = await WriteAsync("old", SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/"))));
        var current = await WriteAsync("new", SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/"), SomeRun.Beacon(2, "Lead", "http://h/a/"))));

        var (code, output) = await DiffAsync(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(output, Does.Contain("+ Report fraud: Meta Pixel Lead on /a/ (0 -> 1)"));
        });
    }

    [Test]
    public async Task Accepts_run_folders_as_well_as_report_files()
    {
        var report = SomeRun.Report(SomeRun.Journey());
        await WriteAsync("old", report);
        await WriteAsync("new", report);

        var (code, output) = await DiffAsync(Path.Combine(_folder.Path, "old"), Path.Combine(_folder.Path, "new"));

        Assert.That(code, Is.EqualTo(0), output);
    }

    [Test]
    public async Task Exits_2_naming_the_file_when_a_report_is_missing()
    {
        var current = await WriteAsync("new", SomeRun.Report(SomeRun.Journey()));
        var missing = Path.Combine(_folder.Path, "nowhere", "report.json");

        var (code, output) = await DiffAsync(missing, current);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(output, Does.Contain(missing).And.StartWith("baseline:"));
        });
    }

    [TestCase("{\"hello\": 1}")]
    [TestCase("not json at all")]
    [TestCase("null")]
    public async Task Exits_2_naming_the_file_when_it_is_not_a_report(string content)
    {
        var baseline = await WriteAsync("old", SomeRun.Report(SomeRun.Journey()));
        var notAReport = _folder.Write("other.json", content);

        var (code, output) = await DiffAsync(baseline, notAReport);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(output, Does.Contain(notAReport).And.StartWith("current:"));
        });
    }

    private async Task<string> WriteAsync(string name, RunReport report)
    {
        var folder = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(folder);
        await JsonReportWriter.WriteAsync(report, folder, CancellationToken.None);
        return Path.Combine(folder, JsonReportWriter.FileName);
    }

    internal static async Task<(int Code, string Output)> DiffAsync(params string[] files)
    {
        using var output = new StringWriter();
        var root = new RootCommand { DiffCommand.Create(output) };
        try
        {
            var code = await root.Parse(["diff", .. files]).InvokeAsync(
                new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
            return (code, output.ToString());
        }
        catch (TrackerAuditException exception)
        {
            return (exception.ExitCode, exception.Message);
        }
    }
}
