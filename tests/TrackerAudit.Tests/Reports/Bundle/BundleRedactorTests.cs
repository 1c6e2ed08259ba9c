using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Serialization;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

public sealed class BundleRedactorTests
{
    private TempFolder _folder = null!;
    private string _source = null!;
    private string _target = null!;
    private RunReport _redacted = null!;

    [OneTimeSetUp]
    public async Task RedactASealedSampleRun()
    {
        _folder = new TempFolder();
        _source = Path.Combine(_folder.Path, "run");
        _target = Path.Combine(_folder.Path, "shared");
        var report = ContactFormRun.Report();
        Directory.CreateDirectory(_source);
        await JsonReportWriter.WriteAsync(report, _source, CancellationToken.None);
        await File.WriteAllLinesAsync(Path.Combine(_source, AuditRunner.CaptureFileName), report.Journeys[0].Requests
            .Select(request => JsonSerializer.Serialize<CaptureLine>(new RequestLine(request), JsonDefaults.Compact))
            .Append("{\"type\":\"request\",\"request\":{\"url\":\"https://x/?em=" + Uri.EscapeDataString(ContactFormRun.Email)));
        await File.WriteAllTextAsync(Path.Combine(_source, "log.ndjson"), "{\"@mt\":\"{Action}\",\"Action\":\"fill #email with \\\"" + ContactFormRun.Email + "\\\"\"}\n");
        await MetadataWriter.WriteAsync(report, _source, CancellationToken.None);
        foreach (var screenshot in report.Journeys[0].Steps.SelectMany(step => step.Screenshots))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_source, screenshot))!);
            await File.WriteAllBytesAsync(Path.Combine(_source, screenshot), [0x89, 0x50, 0x4e, 0x47]);
        }

        await File.WriteAllTextAsync(Path.Combine(_source, "notes.txt"), "my notes");
        await BundleChecksums.WriteAsync(_source, CancellationToken.None);

        await BundleRedactor.RedactAsync(_source, _target, HarWriter.WriteAsync, CancellationToken.None);
        _redacted = JsonReportWriter.Read(Path.Combine(_target, JsonReportWriter.FileName));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private IEnumerable<(string Path, string Text)> TargetTexts() =>
        BundleChecksums.ListFiles(_target).Select(path => (path, File.ReadAllText(Path.Combine(_target, path))));

    [Test]
    public void No_file_of_the_copy_holds_the_typed_value_or_a_cookie_value()
    {
        var secrets = new[]
        {
            ContactFormRun.Email, Uri.EscapeDataString(ContactFormRun.Email), ContactFormRun.UserCookie, ContactFormRun.SessionCookieRaw, ContactFormRun.SessionCookieDecoded,
        };

        foreach (var (path, text) in TargetTexts())
        {
            foreach (var secret in secrets)
            {
                Assert.That(text, Does.Not.Contain(secret), path);
            }
        }
    }

    [Test]
    public void The_hash_of_the_typed_value_stays_as_evidence()
    {
        Assert.That(File.ReadAllText(Path.Combine(_target, JsonReportWriter.FileName)), Does.Contain(ContactFormRun.EmailSha256));
        Assert.That(File.ReadAllText(Path.Combine(_target, HarWriter.FileName)), Does.Contain(ContactFormRun.EmailSha256));
    }

    [Test]
    public void The_masked_report_says_what_was_typed_where_without_the_value()
    {
        var run = _redacted.Journeys.Single();

        Assert.That(run.TypedValues, Is.EqualTo(new Dictionary<string, string> { ["email"] = "[redacted:email]", ["age"] = "[redacted:age]" }));
        Assert.That(run.Steps[1].Action, Is.EqualTo("fill #email with \"[redacted:email]\""));
        Assert.That(run.Requests[1].Header("cookie"), Is.EqualTo("c_user=[redacted cookie]; xs=[redacted cookie]; dpr=[redacted cookie]"));
        Assert.That(run.TrackerRequests[0].Events[0].Fields[0].Value, Is.EqualTo(RedactionMask.CookieMask));
        Assert.That(_redacted.CommandLine, Does.EndWith("--input email=[redacted:email]"));
    }

    [Test]
    public void Screenshots_from_the_first_typing_step_on_are_left_out_and_listed()
    {
        var note = File.ReadAllText(Path.Combine(_target, BundleRedactor.NoteFileName));

        Assert.That(File.Exists(Path.Combine(_target, "screenshots/contact-form/00-after.png")), Is.True);
        Assert.That(File.Exists(Path.Combine(_target, "screenshots/contact-form/01-after.png")), Is.False);
        Assert.That(File.Exists(Path.Combine(_target, "screenshots/contact-form/02-after.png")), Is.False);
        Assert.That(_redacted.Journeys[0].Steps.Select(step => step.Screenshots.Count), Is.EqualTo(new[] { 1, 0, 0 }));
        Assert.That(note, Does.Contain("screenshots/contact-form/01-after.png"));
        Assert.That(note, Does.Contain("screenshots/contact-form/02-after.png"));
    }

    [Test]
    public void Unknown_files_are_left_out_and_listed()
    {
        Assert.That(File.Exists(Path.Combine(_target, "notes.txt")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(_target, BundleRedactor.NoteFileName)), Does.Contain("  notes.txt\n"));
    }

    [Test]
    public void Capture_log_and_metadata_are_copied_masked_and_a_torn_last_line_is_masked_too()
    {
        var capture = File.ReadAllLines(Path.Combine(_target, AuditRunner.CaptureFileName));
        var metadata = File.ReadAllText(Path.Combine(_target, MetadataWriter.FileName));

        Assert.That(capture, Has.Length.EqualTo(6));
        Assert.That(capture[^1], Does.EndWith("em=[redacted:email]"));
        Assert.That(File.ReadAllText(Path.Combine(_target, "log.ndjson")), Does.Contain("fill #email with \\\"[redacted:email]\\\""));
        Assert.That(metadata, Does.Contain("\"operatingSystem\""));
        Assert.That(metadata, Does.Contain("--input email=[redacted:email]"));
    }

    [Test]
    public void The_copy_is_sealed_and_the_original_is_untouched()
    {
        Assert.That(BundleChecksums.Verify(_target).Ok, Is.True, BundleChecksums.Verify(_target).Message);
        Assert.That(BundleChecksums.Verify(_source).Ok, Is.True, BundleChecksums.Verify(_source).Message);
    }

    [Test]
    public void A_target_inside_the_run_folder_is_refused()
    {
        Assert.That(
            () => BundleRedactor.RedactAsync(_source, Path.Combine(_source, "shared"), HarWriter.WriteAsync, CancellationToken.None),
            Throws.TypeOf<TrackerAuditException>().With.Message.Contains("outside the run folder"));
    }

    [Test]
    public void A_target_that_is_not_empty_is_refused()
    {
        Assert.That(
            () => BundleRedactor.RedactAsync(_source, _target, HarWriter.WriteAsync, CancellationToken.None),
            Throws.TypeOf<TrackerAuditException>().With.Message.Contains("is not empty"));
    }
}
