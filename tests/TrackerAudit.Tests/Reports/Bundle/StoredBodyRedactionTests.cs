using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Serialization;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

/// <summary>Redacting a run whose bodies are stored in bodies/: the typed value is masked inside the files too.</summary>
public sealed class StoredBodyRedactionTests
{
    private static readonly byte[] BinaryWithEmail = [.. ContactFormRun.BinaryBody, .. Encoding.ASCII.GetBytes("&email=" + ContactFormRun.Email), 0xff];

    private TempFolder _folder = null!;
    private string _source = null!;
    private string _target = null!;
    private RunReport _redacted = null!;

    [OneTimeSetUp]
    public async Task RedactARunWithStoredBodies()
    {
        _folder = new TempFolder();
        _source = Path.Combine(_folder.Path, "run");
        _target = Path.Combine(_folder.Path, "shared");
        var report = ContactFormRun.Report();
        var bodies = new RequestBodies(_source, limit: 0);
        var requests = new List<CapturedRequest>();
        foreach (var request in report.Journeys[0].Requests)
        {
            // The blocked submit carries the e-mail URL-encoded; the upload carries it raw inside bytes that are not UTF-8.
            requests.Add(request.Id switch
            {
                4 => await bodies.StoreAsync(request, Encoding.UTF8.GetBytes(request.BodyText!), CancellationToken.None),
                5 => await bodies.StoreAsync(request, BinaryWithEmail, CancellationToken.None),
                _ => request,
            });
        }

        report = report with { Journeys = [report.Journeys[0] with { Requests = requests }] };
        await JsonReportWriter.WriteAsync(report, _source, CancellationToken.None);
        await File.WriteAllLinesAsync(Path.Combine(_source, AuditRunner.CaptureFileName), requests.Select(request => JsonSerializer.Serialize<CaptureLine>(new RequestLine(request), JsonDefaults.Compact)));
        await BundleChecksums.WriteAsync(_source, CancellationToken.None);

        await BundleRedactor.RedactAsync(_source, _target, HarWriter.WriteAsync, CancellationToken.None);
        _redacted = JsonReportWriter.Read(Path.Combine(_target, JsonReportWriter.FileName));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private CapturedRequest Redacted(long id) => _redacted.Journeys[0].Requests.Single(request => request.Id == id);

    [Test]
    public void No_stored_body_of_the_copy_holds_the_typed_value()
    {
        foreach (var id in new long[] { 4, 5 })
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(_target, RequestBodies.RelativePath(id))));
            Assert.That(text, Does.Not.Contain(ContactFormRun.Email).And.Not.Contain(Uri.EscapeDataString(ContactFormRun.Email)).And.Contain("[redacted:email]"), RequestBodies.RelativePath(id));
        }
    }

    [Test]
    public void A_body_that_is_not_text_keeps_every_other_byte()
    {
        var masked = File.ReadAllBytes(Path.Combine(_target, RequestBodies.RelativePath(5)));

        byte[] expected = [.. ContactFormRun.BinaryBody, .. Encoding.ASCII.GetBytes("&email=[redacted:email]"), 0xff];

        Assert.That(masked, Is.EqualTo(expected));
    }

    [Test]
    public void The_copy_s_report_and_capture_name_the_hash_of_the_masked_file_and_the_size_sent()
    {
        var masked = File.ReadAllBytes(Path.Combine(_target, RequestBodies.RelativePath(4)));
        var original = JsonReportWriter.Read(Path.Combine(_source, JsonReportWriter.FileName)).Journeys[0].Requests.Single(request => request.Id == 4);
        var line = File.ReadLines(Path.Combine(_target, AuditRunner.CaptureFileName)).Single(text => text.Contains("\"id\":4,", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Redacted(4).BodySha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(masked))).And.Not.EqualTo(original.BodySha256));
            Assert.That(Redacted(4).BodySize, Is.EqualTo(original.BodySize));
            Assert.That(line, Does.Contain($"\"bodySha256\":\"{Redacted(4).BodySha256}\""));
        });
    }

    [Test]
    public void The_copy_verifies_with_its_bodies()
    {
        var verification = BundleChecksums.Verify(_target);

        Assert.That(verification.Ok, Is.True, verification.Message);
    }

    [Test]
    public void The_copy_s_HAR_holds_the_masked_body()
    {
        var har = File.ReadAllText(Path.Combine(_target, HarWriter.FileName));

        Assert.That(har, Does.Contain("\"text\": \"email=[redacted:email]&consent=on\"").And.Not.Contain(Uri.EscapeDataString(ContactFormRun.Email)));
    }
}
