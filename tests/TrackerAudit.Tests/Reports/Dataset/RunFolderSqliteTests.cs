using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Dataset;

/// <summary><c>report.sqlite</c> in real run folders: sealed, verified, and written again by redact, merge and recover.</summary>
[NonParallelizable]
public sealed class RunFolderSqliteTests
{
    private TwoSiteRuns _runs = null!;
    private TempFolder _work = null!;

    [OneTimeSetUp]
    public async Task RunBothSites()
    {
        _runs = await TwoSiteRuns.GetAsync();
        _work = new TempFolder();
    }

    [OneTimeTearDown]
    public void RemoveWork() => _work.Dispose();

    [Test]
    public void A_run_folder_holds_report_sqlite_sealed_in_SHA256SUMS_with_the_schema_version()
    {
        var database = Path.Combine(_runs.ClinicFolder, RunFolderLayout.ReportSqlite);
        var report = JsonReportWriter.Read(Path.Combine(_runs.ClinicFolder, JsonReportWriter.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(_runs.ClinicFolder, BundleChecksums.FileName)), Does.Contain("  report.sqlite\n"));
            Assert.That(DatasetFiles.Scalar(database, "PRAGMA user_version"), Is.EqualTo(TrackerAudit.Reports.Dataset.DatasetSchema.Version));
            Assert.That(DatasetFiles.Query(database, "SELECT run_id, source_folder FROM runs").Single(), Is.EqualTo(new[] { report.RunId, Path.GetFileName(_runs.ClinicFolder) }));
            Assert.That(DatasetFiles.Scalar(database, "SELECT COUNT(*) FROM findings"), Is.EqualTo(report.Journeys.Sum(run => run.Findings.Count)).And.GreaterThan(0));
            Assert.That(Directory.GetFiles(_runs.ClinicFolder, "*.tmp"), Is.Empty);
        });
    }

    [Test]
    public async Task Verify_names_a_changed_report_sqlite()
    {
        var copy = ExportCommandTests.Copy(_runs.ShopFolder, Path.Combine(_work.Path, "changed-sqlite"));
        var database = Path.Combine(copy, RunFolderLayout.ReportSqlite);
        var bytes = File.ReadAllBytes(database);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(database, bytes);

        var result = await CliResult.RunAsync("verify", copy);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("changed: report.sqlite"));
        });
    }

    [Test]
    public async Task A_folder_sealed_before_report_sqlite_existed_still_verifies_and_recover_writes_it()
    {
        var copy = ExportCommandTests.Copy(_runs.ShopFolder, Path.Combine(_work.Path, "no-sqlite"));
        File.Delete(Path.Combine(copy, RunFolderLayout.ReportSqlite));
        File.Delete(Path.Combine(copy, BundleChecksums.FileName));
        await BundleChecksums.WriteAsync(copy, CancellationToken.None);

        var before = await CliResult.RunAsync("verify", copy);
        File.Delete(Path.Combine(copy, BundleChecksums.FileName));
        var recovered = await CliResult.RunAsync("recover", copy);
        var after = await CliResult.RunAsync("verify", copy);

        Assert.Multiple(() =>
        {
            Assert.That(before.ExitCode, Is.EqualTo(ExitCodes.Success), "a bundle published before report.sqlite existed must still verify: " + before.Output);
            Assert.That(before.Output, Does.Not.Contain("INCOMPLETE"));
            Assert.That(recovered.ExitCode, Is.EqualTo(ExitCodes.Success), recovered.Output + recovered.Error);
            Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Success), after.Output);
            Assert.That(DatasetFiles.Scalar(Path.Combine(copy, RunFolderLayout.ReportSqlite), "SELECT COUNT(*) FROM journeys"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_redacted_copy_masks_the_typed_value_in_report_sqlite_as_in_report_json()
    {
        var original = Path.Combine(_runs.ClinicFolder, RunFolderLayout.ReportSqlite);
        var target = Path.Combine(_work.Path, "clinic-redacted");

        var result = await CliResult.RunAsync("redact", _runs.ClinicFolder, "-o", target);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        var redacted = Path.Combine(target, RunFolderLayout.ReportSqlite);
        const string Typed = "SELECT value FROM findings WHERE category = 'typedData'";
        var maskedReport = JsonReportWriter.Read(Path.Combine(target, JsonReportWriter.FileName));
        Assert.Multiple(() =>
        {
            Assert.That(DatasetFiles.Query(original, Typed).Select(row => row[0]), Has.Some.Contains(TwoSiteRuns.TypedEmail));
            Assert.That(DatasetFiles.Query(redacted, Typed).Select(row => row[0]), Is.Not.Empty.And.None.Contains(TwoSiteRuns.TypedEmail));
            Assert.That(
                DatasetFiles.Query(redacted, "SELECT value FROM findings ORDER BY finding_id").Select(row => row[0]),
                Is.EqualTo(maskedReport.Journeys.SelectMany(run => run.Findings).Select(finding => finding.Value)),
                "the same masked values as the copy's report.json");
            Assert.That(DatasetFiles.Scalar(redacted, $"SELECT COUNT(*) FROM event_fields WHERE value LIKE '%{TwoSiteRuns.TypedEmail}%'"), Is.Zero);
            Assert.That(DatasetFiles.Query(redacted, "SELECT source_folder FROM runs").Single()[0], Is.EqualTo("clinic-redacted"));
        });
    }

    [Test]
    public async Task A_merged_run_folder_holds_one_report_sqlite_with_both_runs_journeys()
    {
        var output = Path.Combine(_work.Path, "merged");

        var result = await CliResult.RunAsync("merge", _runs.ClinicFolder, _runs.ShopFolder, "-o", output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        var merged = Directory.GetDirectories(output).Single();
        var database = Path.Combine(merged, RunFolderLayout.ReportSqlite);
        var report = JsonReportWriter.Read(Path.Combine(merged, JsonReportWriter.FileName));
        Assert.Multiple(() =>
        {
            Assert.That(DatasetFiles.Query(database, "SELECT journey FROM journeys ORDER BY journey").Select(row => row[0]), Is.EqualTo(new[] { "Clinic", "Shop" }));
            Assert.That(DatasetFiles.Scalar(database, "SELECT COUNT(DISTINCT request_id) FROM requests"), Is.EqualTo(report.Journeys.Sum(run => run.Requests.Count)), "request ids stay unique after merging");
            Assert.That(DatasetFiles.Query(database, "SELECT run_id FROM runs").Single()[0], Is.EqualTo(report.RunId));
        });
    }
}
