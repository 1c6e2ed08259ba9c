using TrackerAudit.Capture;
using TrackerAudit.Demo;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Cli;

/// <summary>The README's main job, end to end: the demo command in real Chromium, read back from its report.</summary>
[NonParallelizable]
public sealed class DemoCommandTests
{
    private TempFolder _folder = null!;
    private CliResult _result = null!;
    private RunReport _report = null!;
    private string _runFolder = null!;

    [OneTimeSetUp]
    public async Task RunTheDemoOnce()
    {
        _folder = new TempFolder();
        _result = await CliResult.RunAsync("demo", "--output", _folder.Path, "--browser", TestBrowser.Path);
        _runFolder = Directory.GetDirectories(_folder.Path).Single();
        _report = JsonReportWriter.Read(Path.Combine(_runFolder, "report.json"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private JourneyRun SexualAssault => _report.Journeys.Single(run => run.Journey == "Report sexual assault");

    [Test]
    public void The_demo_runs_every_bundled_journey_to_the_end()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_result.ExitCode, Is.EqualTo(ExitCodes.Success), _result.Error + _result.Output);
            Assert.That(_report.Journeys.Select(run => run.Status), Has.All.EqualTo(JourneyStatus.Completed));
            // A journey with consent variants runs once per variant.
            var expected = DemoSite.Journeys().Sum(file => Math.Max(1, JourneyLoader.Parse(file.Name, file.Yaml).Journeys.Single().Consent.Count));
            Assert.That(_report.Journeys, Has.Count.EqualTo(expected));
            Assert.That(_report.TrackerTraffic, Does.Contain("answered locally"));
        });
    }

    [Test]
    public void Meta_received_the_button_text_of_the_report_link_when_it_was_clicked()
    {
        var clickStep = SexualAssault.Steps.First(step => step.Kind == "click" && step.Action.Contains("Report rape or sexual assault", StringComparison.Ordinal)).Index;

        var click = Events(SexualAssault).First(pair =>
            pair.Event.Name == "SubscribedButtonClick"
            && pair.Event.Fields.Any(field => field.Path == "cd[buttonText]" && field.Value.StartsWith("Report rape or sexual assault", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(click.Request.StepIndex, Is.EqualTo(clickStep));
            Assert.That(click.Event.AccountId, Is.EqualTo(DemoSite.PixelId));
            Assert.That(click.Request.Header("cookie"), Does.Contain("c_user="));
        });
    }

    [Test]
    public void Meta_received_the_page_title_of_the_sexual_assault_page()
    {
        var pageViews = Events(SexualAssault).Where(pair => pair.Event.Name == "PageView").Select(pair => pair.Event).ToList();

        Assert.That(pageViews.Select(e => e.PageTitle), Has.Some.EqualTo("Report rape or sexual assault | Northshire Police"));
        Assert.That(pageViews.Select(e => e.PageUrl), Has.Some.EndsWith("/report/rape-sexual-assault/"));
    }

    [Test]
    public void The_blocked_submit_never_left_the_machine()
    {
        var submits = SexualAssault.Requests.Where(request => request.Url.Contains(DemoSite.SubmitPath, StringComparison.Ordinal)).ToList();

        Assert.That(submits, Is.Not.Empty);
        Assert.That(submits.Select(request => request.Disposition), Has.All.EqualTo(RequestDisposition.Blocked));
    }

    [TestCase("facebook")]
    [TestCase("googletagmanager.com")]
    [TestCase("google-analytics.com")]
    [TestCase("analytics.tiktok.com")]
    public void Tracker_traffic_was_answered_locally(string host)
    {
        var requests = _report.Journeys.SelectMany(run => run.Requests).Where(request => new Uri(request.Url).Host.Contains(host, StringComparison.Ordinal)).ToList();

        Assert.That(requests, Is.Not.Empty);
        Assert.That(requests.Select(request => request.Disposition), Has.All.EqualTo(RequestDisposition.AnsweredLocally));
    }

    [Test]
    public void Ga4_received_the_pages_and_the_start_of_the_report_form()
    {
        var ga4 = Events(SexualAssault).Where(pair => pair.Event.TrackerId == "ga4").Select(pair => pair.Event).ToList();
        var formStart = ga4.FirstOrDefault(e => e.Name == "form_start");

        Assert.Multiple(() =>
        {
            Assert.That(ga4.Select(e => e.AccountId), Has.All.EqualTo(DemoSite.Ga4MeasurementId));
            Assert.That(ga4.Where(e => e.Name == "page_view").Select(e => e.PageTitle), Has.Some.EqualTo("Report rape or sexual assault | Northshire Police"));
            Assert.That(formStart, Is.Not.Null, "enhanced measurement reports the first interaction with the report form");
            Assert.That(formStart!.Fields.Where(field => field.Path == "ep.first_field_id").Select(field => field.Value), Has.Some.EqualTo("what-happened"));
            Assert.That(SexualAssault.Findings.Where(finding => finding.Recipient == "Google Analytics 4").Select(finding => finding.Subject),
                Does.Contain("the sensitive word 'sexual assault'").And.Contain("the value you typed as 'place'"));
        });
    }

    [Test]
    public void TikTok_received_the_text_of_the_report_link_when_it_was_clicked()
    {
        var clickStep = SexualAssault.Steps.First(step => step.Kind == "click" && step.Action.Contains("Report rape or sexual assault", StringComparison.Ordinal)).Index;

        var click = Events(SexualAssault).First(pair =>
            pair.Event.TrackerId == "tiktok"
            && pair.Event.Fields.Any(field => field.Path.EndsWith("trigger_element.inner_text", StringComparison.Ordinal) && field.Value.StartsWith("Report rape or sexual assault", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(click.Request.StepIndex, Is.EqualTo(clickStep));
            Assert.That(click.Event.AccountId, Is.EqualTo(DemoSite.TikTokPixelCode));
            Assert.That(Events(SexualAssault).Where(pair => pair.Event.TrackerId == "tiktok").Select(pair => pair.Event.PageTitle), Has.Some.EqualTo("Report rape or sexual assault | Northshire Police"),
                "the Metadata action carries the page title");
        });
    }

    [Test]
    public void Findings_name_the_sensitive_words_the_typed_email_and_the_account_cookie()
    {
        var findings = SexualAssault.Findings;
        var email = SexualAssault.TypedValues["email"];

        Assert.Multiple(() =>
        {
            Assert.That(findings.Where(f => f.Category == FindingCategory.SensitiveContext).Select(f => f.Parameter), Does.Contain("cd[buttonText]").And.Contain("pmd[title]").And.Contain("dl"));
            var emailFinding = findings.First(f => f.Category == FindingCategory.TypedData && f.Parameter == "udff[em]");
            Assert.That(emailFinding.Transform, Is.EqualTo("sha256(raw)"));
            Assert.That(emailFinding.Value, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email)))));
            Assert.That(findings.Where(f => f.Category == FindingCategory.Identifier).Select(f => f.Parameter), Does.Contain("cookie:c_user").And.Contain("fbp"));
            Assert.That(findings.Where(f => f.Category == FindingCategory.PageAndBehaviour), Is.Not.Empty);
            Assert.That(findings.Select(f => f.Statement), Has.Some.Contains("received the sensitive word 'sexual assault'"));
        });
    }

    [Test]
    public void The_console_summary_says_which_pages_sent_what_to_meta()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_result.Output, Does.Contain("Meta Pixel (" + DemoSite.PixelId + ") received"));
            Assert.That(_result.Output, Does.Contain("\"Report rape or sexual assault | Northshire Police\": PageView"));
            Assert.That(_result.Output, Does.Contain("the sensitive word 'sexual assault' -> Meta Pixel"));
            Assert.That(_result.Output, Does.Contain("the value you typed as 'email' -> Meta Pixel " + DemoSite.PixelId + " in udff[em] (sha256(raw))"));
        });
    }

    [Test]
    public void The_run_folder_holds_the_capture_the_log_and_screenshots()
    {
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadLines(Path.Combine(_runFolder, AuditRunner.CaptureFileName)).Count(), Is.GreaterThan(100));
            Assert.That(new FileInfo(Path.Combine(_runFolder, "log.ndjson")).Length, Is.GreaterThan(0));
            var screenshots = SexualAssault.Steps.SelectMany(step => step.Screenshots).ToList();
            Assert.That(screenshots, Is.Not.Empty);
            Assert.That(screenshots.Select(path => File.Exists(Path.Combine(_runFolder, path))), Has.All.True);
        });
    }

    [Test]
    public void The_demo_shows_the_cookie_banner_answered_three_ways_side_by_side()
    {
        var comparison = _report.Consent.Single();
        var variants = comparison.Variants.ToDictionary(variant => variant.Name);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Journey, Is.EqualTo("Answer the cookie banner"));
            Assert.That(comparison.Variants.Select(variant => variant.Name), Is.EqualTo(new[] { "none", "reject", "accept" }));
            Assert.That(variants["none"].BeforeAnswer.Events.Select(e => e.Event), Does.Contain("PageView").And.Contain("SubscribedButtonClick"), "the replica fires before any answer");
            Assert.That(variants["reject"].AfterAnswer!.TrackerEvents, Is.Zero, "after Reject all, no tracker may fire");
            Assert.That(variants["none"].BeforeAnswer.Events.Select(e => e.Tracker).Distinct(), Is.SupersetOf(new[] { "Meta Pixel", "Google Analytics 4", "TikTok Pixel" }));
            Assert.That(variants["reject"].BeforeAnswer.Events.Select(e => e.Event), Does.Contain("PageView"), "the start page's PageView came before the answer");
            Assert.That(variants["accept"].AfterAnswer!.Events.Select(e => e.Event), Does.Contain("PageView").And.Contain("SubscribedButtonClick"));
            Assert.That(comparison.FiredAfterRefusal, Is.False);
            Assert.That(_result.Output, Does.Contain("Consent variants of 'Answer the cookie banner', side by side:"));
            Assert.That(File.ReadAllText(Path.Combine(_runFolder, "report.html")), Does.Contain("Cookie banner answered 3 ways"));
        });
    }

    [Test]
    public void Tracker_events_before_the_banner_was_answered_are_consent_findings()
    {
        var reject = _report.Journeys.Single(run => run.Journey == "Answer the cookie banner [reject]");
        var consent = reject.Findings.Where(finding => finding.Category == FindingCategory.Consent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(consent, Is.Not.Empty);
            Assert.That(consent.Select(finding => finding.Severity), Has.All.EqualTo(Severity.High));
            Assert.That(consent.Select(finding => finding.StepIndex), Has.All.EqualTo(0));
            Assert.That(reject.Expectations.Single().Passed, Is.True, reject.Expectations.Single().Evidence.FirstOrDefault());
        });
    }

    private static IEnumerable<(CapturedRequest Request, TrackerEvent Event)> Events(JourneyRun run)
    {
        var requests = run.Requests.ToDictionary(request => request.Id);
        return run.TrackerRequests.SelectMany(decoded => decoded.Events.Select(e => (requests[decoded.RequestId], e)));
    }
}
