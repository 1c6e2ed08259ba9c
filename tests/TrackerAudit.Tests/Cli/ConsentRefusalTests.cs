using System.Xml.Linq;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary>A cookie banner that records "Reject all" and tells nobody: the report must say so loudly, and CI must fail.</summary>
[NonParallelizable]
public sealed class ConsentRefusalTests
{
    private TempFolder _folder = null!;
    private CliResult _result = null!;
    private RunReport _report = null!;
    private string _runFolder = null!;

    [OneTimeSetUp]
    public async Task RunTheDemoWithABrokenBannerOnce()
    {
        _folder = new TempFolder();
        _result = await CliResult.RunAsync(
            "demo", "--ignore-refusal", "--journeys", Path.Combine(RepoPaths.Journeys, "demo", "answer-cookie-banner.yaml"),
            "--output", _folder.Path, "--browser", TestBrowser.Path, "--no-screenshots");
        _runFolder = Directory.GetDirectories(_folder.Path).Single();
        _report = JsonReportWriter.Read(Path.Combine(_runFolder, "report.json"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Tracking_after_the_refusal_fails_the_run_through_the_journeys_expectation()
    {
        var reject = _report.Journeys.Single(run => run.Journey == "Answer the cookie banner [reject]");

        Assert.Multiple(() =>
        {
            Assert.That(_result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), _result.Output + _result.Error);
            Assert.That(reject.Expectations.Single().Passed, Is.False);
            Assert.That(_report.Journeys.Where(run => run != reject).SelectMany(run => run.Expectations).Select(e => e.Passed), Has.All.True, "only the refusal is broken");
            var junit = XDocument.Load(Path.Combine(_runFolder, "junit.xml"));
            Assert.That(junit.Descendants("failure").Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Every_event_after_the_refusal_is_a_critical_consent_finding()
    {
        var reject = _report.Journeys.Single(run => run.Journey == "Answer the cookie banner [reject]");
        var critical = reject.Findings.Where(finding => finding.Category == FindingCategory.Consent && finding.Severity == Severity.Critical).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(critical.Select(finding => finding.EventName), Does.Contain("PageView"), "the pages after the refusal still sent PageView");
            Assert.That(critical.Select(finding => finding.StepIndex), Has.All.GreaterThanOrEqualTo(1));
            Assert.That(critical.Select(finding => finding.Statement), Has.All.Contains("after the visitor rejected tracking"));
        });
    }

    [Test]
    public void Console_markdown_and_html_say_it_loudly()
    {
        var comparison = _report.Consent.Single();

        Assert.Multiple(() =>
        {
            Assert.That(comparison.FiredAfterRefusal, Is.True);
            Assert.That(comparison.Variants.Single(variant => variant.Name == "reject").Verdict, Does.StartWith("TRACKING AFTER REFUSAL"));
            Assert.That(_result.Output, Does.Contain("!!! 'Answer the cookie banner': trackers were told about the visitor AFTER they rejected tracking"));
            Assert.That(File.ReadAllText(Path.Combine(_runFolder, "report.md")), Does.Contain("🚨 **Tracking after refusal:**"));
            Assert.That(File.ReadAllText(Path.Combine(_runFolder, "report.html")), Does.Contain("<p class=\"alarm\" role=\"alert\">TRACKING AFTER REFUSAL: with reject"));
        });
    }
}
