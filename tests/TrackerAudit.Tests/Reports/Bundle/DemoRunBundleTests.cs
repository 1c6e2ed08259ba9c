using System.Net;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Findings.Matching;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Reports.Har;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

/// <summary>The evidence bundle of a real run: the demo in Chromium, then HAR, metadata, seal, verify and a redacted copy.</summary>
[NonParallelizable]
public sealed class DemoRunBundleTests
{
    private TempFolder _folder = null!;
    private string _runFolder = null!;
    private string _redactedFolder = null!;
    private RunReport _report = null!;
    private JsonDocument _har = null!;

    [OneTimeSetUp]
    public async Task RunTheDemoOnceAndBundleIt()
    {
        _folder = new TempFolder();
        var output = Path.Combine(_folder.Path, "reports");
        var result = await CliResult.RunAsync("demo", "--output", output, "--browser", TestBrowser.Path);
        Assert.That(result.ExitCode, Is.Zero, result.Error + result.Output);
        _runFolder = Directory.GetDirectories(output).Single();
        _report = JsonReportWriter.Read(Path.Combine(_runFolder, JsonReportWriter.FileName));
        await WriteBundleAsync(_report, _runFolder, CancellationToken.None);
        await BundleChecksums.WriteAsync(_runFolder, CancellationToken.None);
        _har = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_runFolder, HarWriter.FileName)));

        _redactedFolder = Path.Combine(_folder.Path, "shared");
        await BundleRedactor.RedactAsync(_runFolder, _redactedFolder, WriteBundleAsync, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _har?.Dispose();
        _folder.Dispose();
    }

    private JourneyRun SexualAssault => _report.Journeys.Single(run => run.Journey == "Report sexual assault");

    private List<JsonElement> Entries => _har.RootElement.GetProperty("log").GetProperty("entries").EnumerateArray().ToList();

    [Test]
    public void The_HAR_of_a_real_run_follows_HAR_1_2()
    {
        Assert.That(HarValidator.Check(_har.RootElement), Is.Empty);
    }

    [Test]
    public void The_HAR_has_an_entry_for_every_captured_request()
    {
        var captured = _report.Journeys.SelectMany(run => run.Requests).Select(request => request.Id).Order();

        Assert.That(Entries.Select(entry => entry.GetProperty("_requestId").GetInt64()).Order(), Is.EqualTo(captured));
    }

    [Test]
    public void The_blocked_submit_is_in_the_HAR_as_blocked()
    {
        var submit = SexualAssault.Requests.Single(request => request.Disposition == RequestDisposition.Blocked);
        var entry = Entries.Single(entry => entry.GetProperty("_requestId").GetInt64() == submit.Id);

        Assert.That(entry.GetProperty("_disposition").GetString(), Is.EqualTo("blocked"));
        Assert.That(entry.GetProperty("request").GetProperty("url").GetString(), Does.EndWith("/submit"));
    }

    [Test]
    public void A_formPOST_beacon_has_its_parameters_in_postData()
    {
        var formPost = Entries.First(entry =>
            entry.GetProperty("request").GetProperty("method").GetString() == "POST"
            && entry.GetProperty("request").GetProperty("url").GetString()!.StartsWith("https://www.facebook.com/tr", StringComparison.Ordinal)
            && entry.GetProperty("request").GetProperty("postData").GetProperty("mimeType").GetString() == "application/x-www-form-urlencoded");
        var parameters = formPost.GetProperty("request").GetProperty("postData").GetProperty("params").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString()!);

        Assert.That(parameters["id"], Is.EqualTo("987654321012345"));
        Assert.That(parameters, Does.ContainKey("ev"));
        Assert.That(parameters["dl"], Does.StartWith("http://127.0.0.1:"));
        Assert.That(formPost.GetProperty("_tracker").GetString(), Is.EqualTo("Meta Pixel"));
    }

    [Test]
    public void The_sealed_run_folder_verifies_with_every_screenshot_listed()
    {
        var verification = BundleChecksums.Verify(_runFolder);
        var listed = BundleChecksums.Read(File.ReadAllText(Path.Combine(_runFolder, BundleChecksums.FileName))).Keys;

        Assert.That(verification.Ok, Is.True, verification.Message);
        Assert.That(listed, Does.Contain(HarWriter.FileName).And.Contain(MetadataWriter.FileName).And.Contain("log.ndjson"));
        Assert.That(listed.Count(path => path.StartsWith("screenshots/", StringComparison.Ordinal)), Is.GreaterThan(10));
    }

    [Test]
    public void No_text_file_of_the_redacted_copy_holds_the_typed_email_or_the_c_user_cookie_in_any_spelling()
    {
        var email = SexualAssault.TypedValues["email"];
        var cUser = CookieValue("c_user");
        var spellings = TypedValueVariants.For("email", email).Select(variant => variant.Text)
            .Where(text => !IsHashOf(email, text))
            .Concat([email, Uri.EscapeDataString(email), WebUtility.UrlEncode(email), JsonEncodedText.Encode(email).Value])
            .Concat(TypedValueVariants.For("c_user", cUser).Select(variant => variant.Text).Where(text => !IsHashOf(cUser, text)))
            .Distinct()
            .ToList();

        var texts = BundleChecksums.ListFiles(_redactedFolder).Where(path => !path.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.That(texts, Does.Contain(JsonReportWriter.FileName).And.Contain(AuditRunner.CaptureFileName).And.Contain(HarWriter.FileName));
        foreach (var path in texts)
        {
            var text = File.ReadAllText(Path.Combine(_redactedFolder, path));
            var leaked = spellings.Where(spelling => text.Contains(spelling, StringComparison.Ordinal)).ToList();
            Assert.That(leaked, Is.Empty, path);
        }

        Assert.That(File.ReadAllText(Path.Combine(_runFolder, AuditRunner.CaptureFileName)), Does.Contain(cUser), "the original holds the cookie");
    }

    [Test]
    public void The_redacted_copy_keeps_the_SHA_256_of_the_email_as_evidence()
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SexualAssault.TypedValues["email"])));
        var redacted = JsonReportWriter.Read(Path.Combine(_redactedFolder, JsonReportWriter.FileName));

        Assert.That(File.ReadAllText(Path.Combine(_redactedFolder, HarWriter.FileName)), Does.Contain(hash));
        Assert.That(redacted.Journeys.SelectMany(run => run.Findings).Select(finding => finding.Value), Does.Contain(hash));
    }

    [Test]
    public void The_redacted_copy_keeps_only_screenshots_from_before_the_first_typing_step_and_verifies()
    {
        var screenshots = BundleChecksums.ListFiles(_redactedFolder).Where(path => path.EndsWith(".png", StringComparison.Ordinal)).ToList();
        var firstFill = SexualAssault.Steps.First(step => step.Kind == "fill").Index;
        var allowed = _report.Journeys
            .SelectMany(run => run.Steps.Where(step => run != SexualAssault || step.Index < firstFill))
            .SelectMany(step => step.Screenshots);

        Assert.That(screenshots, Is.EquivalentTo(allowed));
        Assert.That(screenshots, Has.None.Contains("14-give-an-email-address"));
        Assert.That(BundleChecksums.Verify(_redactedFolder).Ok, Is.True, BundleChecksums.Verify(_redactedFolder).Message);
    }

    private static async Task WriteBundleAsync(RunReport report, string folder, CancellationToken cancellationToken)
    {
        await HarWriter.WriteAsync(report, folder, cancellationToken);
        await MetadataWriter.WriteAsync(report, folder, cancellationToken);
    }

    private string CookieValue(string name)
    {
        var header = SexualAssault.Requests.Select(request => request.Header("cookie")).First(value => value?.Contains(name + "=", StringComparison.Ordinal) == true)!;
        return header.Split(';', StringSplitOptions.TrimEntries).Single(pair => pair.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
    }

    private static bool IsHashOf(string value, string text) =>
        TypedValueVariants.For("x", value).Any(variant => variant.Text == text && (variant.Chain.Contains("sha", StringComparison.Ordinal) || variant.Chain.Contains("md5", StringComparison.Ordinal)));
}
