using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Dataset;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Dataset;

/// <summary><c>trackeraudit export</c> on two real run folders, in the three formats, and on folders it must leave out.</summary>
[NonParallelizable]
public sealed class ExportCommandTests
{
    private TwoSiteRuns _runs = null!;
    private TempFolder _output = null!;

    [OneTimeSetUp]
    public async Task RunBothSites()
    {
        _runs = await TwoSiteRuns.GetAsync();
        _output = new TempFolder();
    }

    [OneTimeTearDown]
    public void RemoveOutput() => _output.Dispose();

    [Test]
    public async Task Sqlite_export_holds_every_journey_request_event_and_finding_of_both_runs()
    {
        var target = Path.Combine(_output.Path, "both.sqlite");

        var result = await CliResult.RunAsync("export", _runs.ClinicFolder, _runs.ShopFolder, "-o", target);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        var reports = new[] { Read(_runs.ClinicFolder), Read(_runs.ShopFolder) };
        Assert.Multiple(() =>
        {
            Assert.That(DatasetFiles.Scalar(target, "PRAGMA user_version"), Is.EqualTo(DatasetSchema.Version));
            Assert.That(DatasetFiles.Query(target, "SELECT run_id FROM runs ORDER BY rowid").Select(row => row[0]), Is.EqualTo(reports.Select(report => report.RunId)));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM journeys"), Is.EqualTo(reports.Sum(report => report.Journeys.Count)));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM requests"), Is.EqualTo(reports.Sum(report => report.Journeys.Sum(run => run.Requests.Count))));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM events"), Is.EqualTo(reports.Sum(report => report.Journeys.Sum(run => run.TrackerRequests.Sum(decoded => decoded.Events.Count)))));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM findings"), Is.EqualTo(reports.Sum(report => report.Journeys.Sum(run => run.Findings.Count))));
            Assert.That(DatasetFiles.Query(target, "SELECT DISTINCT site FROM journeys ORDER BY site").Select(row => row[0]), Is.EqualTo(new[] { "127.0.0.1", "localhost" }));
            Assert.That(result.Output, Does.Contain("Exported 2 of 2 run folders"));
        });
    }

    [Test]
    public async Task A_request_row_names_its_step_host_tracker_and_company()
    {
        var target = Path.Combine(_output.Path, "requests.sqlite");
        await CliResult.RunAsync("export", _runs.ClinicFolder, "-o", target);

        var lead = DatasetFiles.Query(target, "SELECT r.step_index, r.host, r.third_party, r.tracker_id, r.company, r.disposition FROM requests r JOIN events e USING (run_id, request_id) WHERE e.name = 'Lead'").Single();
        var page = DatasetFiles.Query(target, "SELECT third_party, tracker_id, company FROM requests WHERE url LIKE '%/booking.html'").First();

        Assert.Multiple(() =>
        {
            Assert.That(lead, Is.EqualTo(new[] { "3", "www.facebook.com", "1", "meta-pixel", "Facebook", "blocked" }));
            Assert.That(page, Is.EqualTo(new string?[] { "0", null, null }));
        });
    }

    [Test]
    public async Task Parquet_and_csv_hold_the_same_rows_as_sqlite_table_by_table()
    {
        var sqlite = Path.Combine(_output.Path, "same.sqlite");
        var parquet = Path.Combine(_output.Path, "same-parquet");
        var csv = Path.Combine(_output.Path, "same-csv");
        string[] folders = [_runs.ClinicFolder, _runs.ShopFolder];

        var results = new[]
        {
            await CliResult.RunAsync(["export", .. folders, "-o", sqlite]),
            await CliResult.RunAsync(["export", .. folders, "-o", parquet, "--format", "parquet"]),
            await CliResult.RunAsync(["export", .. folders, "-o", csv, "--format", "csv"]),
        };

        Assert.That(results.Select(result => result.ExitCode), Is.All.EqualTo(ExitCodes.Success), string.Join("\n", results.Select(result => result.Output + result.Error)));
        foreach (var table in DatasetSchema.Tables)
        {
            var expected = DatasetFiles.Sqlite(sqlite, table);
            Assert.That(expected, Is.Not.Empty, table.Name);
            Assert.That(await DatasetFiles.ParquetAsync(parquet, table), Is.EqualTo(expected), table.Name);
            // CSV has one empty field for both null and "": compared as the empty string.
            Assert.That(DatasetFiles.Csv(csv, table), Is.EqualTo(expected.Select(row => row.Select(cell => cell ?? "").ToArray())), table.Name);
        }

        Assert.That(File.ReadAllText(Path.Combine(csv, "steps.csv")), Does.Contain("\"Abortion advice, \"\"after care\"\"\""), "a comma and quotes in a value are quoted and doubled");
    }

    [Test]
    public async Task A_missing_folder_and_a_folder_without_a_report_are_named_and_the_others_exported_with_exit_2()
    {
        var target = Path.Combine(_output.Path, "partial.sqlite");
        var missing = Path.Combine(_output.Path, "no-such-run");
        var empty = Directory.CreateDirectory(Path.Combine(_output.Path, "empty-folder")).FullName;

        var result = await CliResult.RunAsync("export", missing, _runs.ClinicFolder, empty, _runs.ShopFolder, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output + result.Error);
            Assert.That(result.Output, Does.Contain($"Not exported: {missing}: does not exist"));
            Assert.That(result.Output, Does.Contain($"Not exported: {empty}: is not a run folder: it has no report.json"));
            Assert.That(result.Output, Does.Contain("Exported 2 of 4 run folders"));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM runs"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_tampered_folder_is_left_out_with_exit_1_naming_the_changed_file()
    {
        using var copies = new TempFolder();
        var tampered = Copy(_runs.ClinicFolder, Path.Combine(copies.Path, "tampered"));
        File.AppendAllText(Path.Combine(tampered, RunFolderLayout.ReportMarkdown), "\nedited\n");
        var target = Path.Combine(_output.Path, "tampered.sqlite");

        var result = await CliResult.RunAsync("export", tampered, _runs.ShopFolder, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), result.Output + result.Error);
            Assert.That(result.Output, Does.Contain($"Not exported: {tampered}: NOT intact"));
            Assert.That(result.Output, Does.Contain("changed: report.md"));
            Assert.That(DatasetFiles.Query(target, "SELECT site FROM journeys").Select(row => row[0]), Is.EqualTo(new[] { "localhost" }));
        });
    }

    [Test]
    public async Task A_report_json_that_is_not_a_report_is_named_with_its_line_and_field()
    {
        using var copies = new TempFolder();
        var broken = Copy(_runs.ShopFolder, Path.Combine(copies.Path, "broken"));
        var reportPath = Path.Combine(broken, JsonReportWriter.FileName);
        File.WriteAllText(reportPath, "{\n  \"runId\": \"x\",\n  \"journeys\": 7\n}\n");
        await BundleChecksums.WriteAsync(broken, CancellationToken.None);
        var target = Path.Combine(_output.Path, "broken.sqlite");

        var result = await CliResult.RunAsync("export", broken, _runs.ClinicFolder, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output + result.Error);
            Assert.That(result.Output, Does.Contain($"Not exported: {broken}: report.json is not a TrackerAudit report"));
            Assert.That(result.Output, Does.Contain("$.journeys").And.Contain("LineNumber: 2"));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM runs"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_same_run_twice_is_exported_once()
    {
        using var copies = new TempFolder();
        var copy = Copy(_runs.ShopFolder, Path.Combine(copies.Path, "copy"));
        var target = Path.Combine(_output.Path, "twice.sqlite");

        var result = await CliResult.RunAsync("export", _runs.ShopFolder, copy, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Output, Does.Contain($"Not exported: {copy}: holds the run"));
            Assert.That(DatasetFiles.Scalar(target, "SELECT COUNT(*) FROM runs"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_existing_output_is_never_overwritten()
    {
        var target = _output.Write("existing.sqlite", "not a dataset");

        var result = await CliResult.RunAsync("export", _runs.ShopFolder, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("exists"));
            Assert.That(File.ReadAllText(target), Is.EqualTo("not a dataset"));
        });
    }

    [Test]
    public async Task An_unknown_format_is_exit_2()
    {
        var result = await CliResult.RunAsync("export", _runs.ShopFolder, "-o", Path.Combine(_output.Path, "x"), "--format", "xlsx");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
    }

    private static RunReport Read(string folder) => JsonReportWriter.Read(Path.Combine(folder, JsonReportWriter.FileName));

    internal static string Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
