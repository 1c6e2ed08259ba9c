using System.Xml.Linq;
using TrackerAudit.Reports;
using TrackerAudit.Reports.JUnit;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.JUnit;

public sealed class JUnitWriterTests
{
    private static RunReport TwoJourneys() => SomeRun.Report(
        SomeRun.Journey("Report fraud") with
        {
            Expectations =
            [
                SomeRun.Expectation("no Meta on the report pages", passed: false, evidence: ["GET https://www.facebook.com/tr/?id=1&ev=PageView at step 1 'open'", "second line"]),
                SomeRun.Expectation("no typed e-mail", passed: true, source: "policy:policies/uk-police.yaml"),
            ],
        },
        SomeRun.Journey("Browse v1.2 pages", JourneyStatus.Failed));

    [Test]
    public void Writes_one_testsuite_per_journey_inside_testsuites_with_the_counts()
    {
        var root = JUnitWriter.Build(TwoJourneys()).Root!;

        var suites = root.Elements("testsuite").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That((string?)root.Attribute("name"), Is.EqualTo("TrackerAudit"));
            Assert.That((int?)root.Attribute("tests"), Is.EqualTo(4));
            Assert.That((int?)root.Attribute("failures"), Is.EqualTo(2));
            Assert.That((int?)root.Attribute("errors"), Is.EqualTo(0));
            Assert.That((string?)root.Attribute("time"), Is.EqualTo("12.5"));
            Assert.That(suites.Select(suite => (string?)suite.Attribute("name")), Is.EqualTo(new[] { "Report fraud", "Browse v1.2 pages" }));
            Assert.That(suites.Select(suite => (int?)suite.Attribute("tests")), Is.EqualTo(new[] { 3, 1 }));
            Assert.That(suites.Select(suite => (int?)suite.Attribute("failures")), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(suites.Select(suite => (int?)suite.Attribute("skipped")), Is.EqualTo(new[] { 0, 0 }));
            Assert.That((string?)suites[0].Attribute("time"), Is.EqualTo("4.25"));
            Assert.That((string?)suites[0].Attribute("timestamp"), Is.EqualTo("2026-11-29T03:00:00"));
            Assert.That(suites.SelectMany(suite => suite.Elements("testcase")).Count(), Is.EqualTo((int?)root.Attribute("tests")));
        });
    }

    [Test]
    public void Writes_one_testcase_per_expectation_with_the_evidence_in_the_failure()
    {
        var suite = JUnitWriter.Build(TwoJourneys()).Root!.Elements("testsuite").First();

        var cases = suite.Elements("testcase").ToList();
        var failed = cases.Single(testCase => (string?)testCase.Attribute("name") == "no Meta on the report pages");
        var failure = failed.Element("failure")!;
        Assert.Multiple(() =>
        {
            Assert.That(cases.Select(testCase => (string?)testCase.Attribute("name")), Is.EqualTo(new[]
            {
                JUnitWriter.RanToTheEnd, "no Meta on the report pages", "no typed e-mail [policy:policies/uk-police.yaml]",
            }));
            Assert.That(cases.Select(testCase => (string?)testCase.Attribute("classname")), Has.All.EqualTo("TrackerAudit.Report_fraud"));
            Assert.That((string?)failure.Attribute("type"), Is.EqualTo("expectation"));
            Assert.That((string?)failure.Attribute("message"), Is.EqualTo("GET https://www.facebook.com/tr/?id=1&ev=PageView at step 1 'open'"));
            Assert.That(failure.Value, Does.Contain("no request to facebook.com").And.Contain("second line"));
            Assert.That(cases.Where(testCase => testCase != failed).Select(testCase => testCase.Elements().Any()), Has.All.False);
        });
    }

    [Test]
    public void A_journey_that_did_not_run_to_the_end_fails_its_audit_testcase_with_the_error()
    {
        var suite = JUnitWriter.Build(TwoJourneys()).Root!.Elements("testsuite").Last();

        var testCase = suite.Elements("testcase").Single();
        var failure = testCase.Element("failure")!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)testCase.Attribute("name"), Is.EqualTo(JUnitWriter.RanToTheEnd));
            Assert.That((string?)testCase.Attribute("classname"), Is.EqualTo("TrackerAudit.Browse_v1_2_pages"));
            Assert.That((string?)failure.Attribute("type"), Is.EqualTo("audit"));
            Assert.That(failure.Value, Is.EqualTo("step 2 'Continue': element not found"));
        });
    }

    [Test]
    public void The_journeys_findings_are_in_its_system_out()
    {
        var report = SomeRun.Report(SomeRun.Journey() with { Findings = [SomeRun.Finding("k", "Meta Pixel received 'fraud' in dl.")] });

        var systemOut = JUnitWriter.Build(report).Root!.Element("testsuite")!.Element("system-out")!.Value;

        Assert.That(systemOut, Is.EqualTo("Findings: 1 high\n[high] Meta Pixel received 'fraud' in dl."));
    }

    [Test]
    public void A_run_that_could_not_start_is_an_error_not_zero_tests()
    {
        var report = SomeRun.Report() with { Error = "No Chromium or Chrome browser was found." };

        var root = JUnitWriter.Build(report).Root!;

        Assert.Multiple(() =>
        {
            Assert.That((int?)root.Attribute("tests"), Is.EqualTo(1));
            Assert.That((int?)root.Attribute("errors"), Is.EqualTo(1));
            Assert.That((string?)root.Descendants("error").Single().Attribute("message"), Is.EqualTo("No Chromium or Chrome browser was found."));
        });
    }

    [Test]
    public async Task Hostile_captured_text_still_makes_well_formed_xml()
    {
        const string Hostile = "evil\u0001\u0008\u001b[31m ]]> <script>alert(1)</script> & \"quoted\"\n\uD800 lone surrogate \uFFFE";
        var report = SomeRun.Report(SomeRun.Journey(Hostile) with
        {
            Expectations = [SomeRun.Expectation("no Meta", passed: false, evidence: [Hostile])],
            Findings = [SomeRun.Finding("k1", Hostile)],
        });
        using var folder = new TempFolder();

        await JUnitWriter.WriteAsync(report, folder.Path, CancellationToken.None);
        var text = await File.ReadAllTextAsync(Path.Combine(folder.Path, JUnitWriter.FileName));
        var parsed = XDocument.Parse(text);

        var failure = parsed.Descendants("failure").Single(f => (string?)f.Attribute("type") == "expectation");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("<script>"));
            Assert.That(failure.Value, Does.Contain("]]> <script>alert(1)</script> & \"quoted\""));
            Assert.That(failure.Value.Where(c => c is '\u0001' or '\u0008' or '\u001b' or '\uFFFE' || char.IsSurrogate(c)), Is.Empty);
            Assert.That((string?)failure.Attribute("message"), Does.Not.Contain("\n").And.Contain("\uFFFD lone surrogate \uFFFD"));
            Assert.That((string?)parsed.Root!.Element("testsuite")!.Attribute("name"), Does.StartWith("evil\uFFFD\uFFFD\uFFFD[31m"));
        });
    }

    [Test]
    public async Task Writes_junit_xml_into_the_run_folder_as_utf8_without_a_bom()
    {
        using var folder = new TempFolder();

        await JUnitWriter.WriteAsync(TwoJourneys(), folder.Path, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.Path, "junit.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(bytes[0], Is.EqualTo((byte)'<'));
            Assert.That(XDocument.Load(new MemoryStream(bytes)).Root!.Elements("testsuite").Count(), Is.EqualTo(2));
            Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
        });
    }
}
