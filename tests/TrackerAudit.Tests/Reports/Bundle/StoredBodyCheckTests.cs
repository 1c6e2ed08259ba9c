using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

/// <summary>verify ties each stored body to the hash report.json recorded for it.</summary>
public sealed class StoredBodyCheckTests
{
    [Test]
    public async Task A_sealed_run_with_stored_bodies_is_intact()
    {
        using var folder = new TempFolder();
        var runFolder = await SealedRunAsync(folder);

        var verification = BundleChecksums.Verify(runFolder);

        Assert.That(verification.Ok, Is.True, verification.Message);
    }

    [Test]
    public async Task A_body_swapped_and_sealed_again_does_not_verify()
    {
        using var folder = new TempFolder();
        var runFolder = await SealedRunAsync(folder);
        await File.WriteAllTextAsync(Path.Combine(runFolder, "bodies", "4.bin"), "email=nobody%40example.org&consent=on");
        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None);

        var verification = BundleChecksums.Verify(runFolder);

        Assert.Multiple(() =>
        {
            Assert.That(verification.Ok, Is.False);
            Assert.That(verification.Bodies, Is.EqualTo(new[] { $"bodies/4.bin is not the body report.json recorded for request 4 (SHA-256 {Stored(runFolder).BodySha256})" }));
            Assert.That(verification.Message, Does.Contain("1 stored body does not match report.json").And.Contain("  body: bodies/4.bin"));
        });
    }

    [Test]
    public async Task A_body_the_report_names_that_was_never_sealed_does_not_verify()
    {
        using var folder = new TempFolder();
        var runFolder = await SealedRunAsync(folder);
        File.Delete(Path.Combine(runFolder, "bodies", "4.bin"));
        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None);

        var verification = BundleChecksums.Verify(runFolder);

        Assert.That(verification.Bodies, Is.EqualTo(new[] { "bodies/4.bin, the body of request 4, is not sealed in SHA256SUMS" }));
    }

    private static CapturedRequest Stored(string runFolder) =>
        JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName)).Journeys[0].Requests.Single(request => request.BodyFile is not null);

    private static async Task<string> SealedRunAsync(TempFolder folder)
    {
        var runFolder = Path.Combine(folder.Path, "run");
        var report = ContactFormRun.Report();
        var run = report.Journeys[0];
        var submit = run.Requests.Single(request => request.Id == 4);
        var stored = await new RequestBodies(runFolder, limit: 0).StoreAsync(submit, Encoding.UTF8.GetBytes(submit.BodyText!), CancellationToken.None);
        report = report with { Journeys = [run with { Requests = run.Requests.Select(request => request.Id == 4 ? stored : request).ToList() }] };
        await JsonReportWriter.WriteAsync(report, runFolder, CancellationToken.None);
        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None);
        return runFolder;
    }
}
