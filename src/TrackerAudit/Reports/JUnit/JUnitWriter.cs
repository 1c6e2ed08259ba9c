using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Reports.Markdown;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.JUnit;

/// <summary>
/// Writes <c>junit.xml</c> in the JUnit XML format that Jenkins, GitLab, Azure DevOps and GitHub test
/// reporters read: one test suite per journey, one test case per expectation, and one per journey that
/// says whether it ran to the end.
/// </summary>
internal static partial class JUnitWriter
{
    public const string FileName = "junit.xml";
    public const string RanToTheEnd = "ran to the end";

    private const int MaxMessageLength = 500;
    private const int MaxEvidenceLines = 200;
    private const int MaxFindingsShown = 20;

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken ct)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using (var stream = File.Create(temporary))
        await using (var writer = XmlWriter.Create(stream, settings))
        {
            await Build(report).SaveAsync(writer, ct).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    internal static XDocument Build(RunReport report)
    {
        var suites = report.Journeys.Select(run => Suite(run, report.RunId)).ToList();
        if (report.Error is not null)
        {
            suites.Add(RunErrorSuite(report));
        }

        var root = new XElement(
            "testsuites",
            new XAttribute("name", "TrackerAudit"),
            new XAttribute("tests", Sum(suites, "tests")),
            new XAttribute("failures", Sum(suites, "failures")),
            new XAttribute("errors", Sum(suites, "errors")),
            new XAttribute("time", Seconds(report.EndedAt - report.StartedAt)),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Suite(JourneyRun run, string runId)
    {
        var className = ClassName(run.Journey);
        var duration = run.EndedAt - run.StartedAt;
        var cases = new List<XElement> { RanToTheEndCase(run, className, duration) };
        cases.AddRange(run.Expectations.Select(expectation => ExpectationCase(expectation, className)));
        var failures = cases.Count(testCase => testCase.Element("failure") is not null);
        return new XElement(
            "testsuite",
            new XAttribute("name", XmlText.Line(run.Journey, 200)),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(duration)),
            new XAttribute("timestamp", Timestamp(run.StartedAt)),
            new XElement(
                "properties",
                Property("runId", runId),
                Property("journeyFile", run.SourcePath),
                Property("startUrl", run.StartUrl),
                Property("status", run.Status.ToString())),
            cases,
            new XElement("system-out", FindingsText(run.Findings)));
    }

    private static XElement RanToTheEndCase(JourneyRun run, string className, TimeSpan duration)
    {
        var testCase = Case(className, RanToTheEnd, duration);
        if (run.Status != JourneyStatus.Completed)
        {
            var why = run.Status == JourneyStatus.Interrupted ? "interrupted" : run.Error ?? "failed";
            testCase.Add(new XElement(
                "failure",
                new XAttribute("message", XmlText.Line(why, MaxMessageLength)),
                new XAttribute("type", "audit"),
                XmlText.Clean(why)));
        }

        return testCase;
    }

    private static XElement ExpectationCase(ExpectationResult expectation, string className)
    {
        var name = expectation.Source.StartsWith("policy:", StringComparison.Ordinal)
            ? $"{expectation.Name} [{expectation.Source}]"
            : expectation.Name;
        var testCase = Case(className, name, TimeSpan.Zero);
        if (!expectation.Passed)
        {
            var evidence = expectation.Evidence.Take(MaxEvidenceLines).ToList();
            if (expectation.Evidence.Count > MaxEvidenceLines)
            {
                evidence.Add(string.Create(CultureInfo.InvariantCulture, $"...and {expectation.Evidence.Count - MaxEvidenceLines} more in report.json"));
            }

            var body = "Expected: " + expectation.Description + "\n" + string.Join("\n", evidence);
            testCase.Add(new XElement(
                "failure",
                new XAttribute("message", XmlText.Line(expectation.Evidence.Count > 0 ? expectation.Evidence[0] : expectation.Description, MaxMessageLength)),
                new XAttribute("type", "expectation"),
                XmlText.Clean(body)));
        }

        return testCase;
    }

    // Without it a run that could not start (no browser) would show as zero tests: green in most CI systems.
    private static XElement RunErrorSuite(RunReport report)
    {
        var testCase = Case("TrackerAudit", "the audit could run", report.EndedAt - report.StartedAt);
        testCase.Add(new XElement(
            "error",
            new XAttribute("message", XmlText.Line(report.Error, MaxMessageLength)),
            new XAttribute("type", "audit"),
            XmlText.Clean(report.Error)));
        return new XElement(
            "testsuite",
            new XAttribute("name", "TrackerAudit"),
            new XAttribute("tests", 1),
            new XAttribute("failures", 0),
            new XAttribute("errors", 1),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(report.EndedAt - report.StartedAt)),
            new XAttribute("timestamp", Timestamp(report.StartedAt)),
            testCase);
    }

    private static XElement Case(string className, string name, TimeSpan duration) => new(
        "testcase",
        new XAttribute("classname", className),
        new XAttribute("name", XmlText.Line(name, 300)),
        new XAttribute("time", Seconds(duration)));

    private static XElement Property(string name, string? value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", XmlText.Line(value, 1000)));

    private static string FindingsText(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "No findings.";
        }

        var lines = TopFindings.Of(findings, MaxFindingsShown)
            .Select(finding => $"[{finding.Severity.ToString().ToLowerInvariant()}] {XmlText.Line(finding.Statement, 600)}");
        var more = findings.Count > MaxFindingsShown
            ? string.Create(CultureInfo.InvariantCulture, $"\n...and {findings.Count - MaxFindingsShown} more in report.json")
            : "";
        return $"Findings: {MarkdownReportWriter.SeverityCounts(findings)}\n{string.Join("\n", lines)}{more}";
    }

    /// <summary>
    /// <c>TrackerAudit.&lt;journey&gt;</c> with only letters, digits, '_' and '-': reporters split class names
    /// on dots into packages, so a dot in a journey name must not make one.
    /// </summary>
    internal static string ClassName(string journey)
    {
        var name = NotNamePart().Replace(journey, "_").Trim('_');
        return "TrackerAudit." + (name.Length == 0 ? "journey" : name);
    }

    private static string Seconds(TimeSpan duration) =>
        Math.Max(0, duration.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);

    // The Jenkins/Ant schema's timestamp: ISO 8601 without a time zone, here always UTC.
    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static int Sum(IEnumerable<XElement> suites, string attribute) =>
        suites.Sum(suite => (int)suite.Attribute(attribute)!);

    [GeneratedRegex(@"[^\p{L}\p{Nd}_\-]+")]
    private static partial Regex NotNamePart();
}
