using TrackerAudit.Baselines;
using TrackerAudit.Findings;
using TrackerAudit.Reports.Markdown;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Markdown;

public sealed class MarkdownReportWriterTests
{
    [Test]
    public void The_title_says_passed_when_every_journey_completed_and_every_expectation_held()
    {
        var report = SomeRun.Report(SomeRun.Journey() with { Expectations = [SomeRun.Expectation("no Meta", passed: true)] });

        var markdown = MarkdownReportWriter.Render(report);

        Assert.That(FirstLine(markdown), Is.EqualTo("## ✅ TrackerAudit: passed"));
    }

    [Test]
    public void The_title_says_expectations_failed_and_the_table_shows_the_failed_one_with_its_evidence()
    {
        var report = SomeRun.Report(SomeRun.Journey() with
        {
            Expectations =
            [
                SomeRun.Expectation("no typed e-mail", passed: true, source: "policy:uk-police.yaml"),
                SomeRun.Expectation("no Meta", passed: false, evidence: ["GET https://www.facebook.com/tr/ at step 1", "another"]),
            ],
        });

        var markdown = MarkdownReportWriter.Render(report);

        Assert.Multiple(() =>
        {
            Assert.That(FirstLine(markdown), Is.EqualTo("## ❌ TrackerAudit: expectations failed"));
            Assert.That(markdown, Does.Contain("| ❌ | no Meta | journey | GET https://www.facebook.com/tr/ at step 1 (and 1 more) |"));
            Assert.That(markdown, Does.Contain("| ✅ | no typed e-mail | policy:uk-police.yaml |  |"));
            Assert.That(markdown, Does.Contain("| Report fraud | ❌ 1 of 2 expectations failed | 1 of 2 failed | none |"));
        });
    }

    [Test]
    public void The_title_says_audit_failed_when_a_journey_did_not_run_to_the_end()
    {
        var report = SomeRun.Report(SomeRun.Journey() with { Expectations = [SomeRun.Expectation("no Meta", passed: false)] }, SomeRun.Journey("Browse", JourneyStatus.Failed));

        var markdown = MarkdownReportWriter.Render(report);

        Assert.Multiple(() =>
        {
            Assert.That(FirstLine(markdown), Is.EqualTo("## ⚠️ TrackerAudit: audit failed"));
            Assert.That(markdown, Does.Contain("⚠️ did not run to the end: step 2 'Continue': element not found"));
        });
    }

    [Test]
    public void Lists_the_trackers_and_pixel_ids_and_the_findings_by_severity()
    {
        var run = SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/report/fraud/"),
            SomeRun.Beacon(2, "SubscribedButtonClick", "http://127.0.0.1:5000/report/fraud/"),
            SomeRun.Beacon(3, "PageView", "http://127.0.0.1:5000/report/fraud/contact/?ref=x")) with
        {
            Findings = [SomeRun.Finding("k1", "Meta Pixel received the value you typed as 'email'.", Severity.Critical), SomeRun.Finding("k2", "Meta Pixel received 'fraud'.")],
        };

        var markdown = MarkdownReportWriter.Render(SomeRun.Report(run));

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain($"**Trackers:** Meta Pixel (`{SomeRun.PixelId}`): 3 events from 2 pages"));
            Assert.That(markdown, Does.Contain("**Findings:** 1 critical, 1 high"));
            Assert.That(markdown, Does.Contain("- **critical** Meta Pixel received the value you typed as 'email'."));
        });
    }

    [Test]
    public void Shows_at_most_twenty_findings_per_journey_and_says_how_many_more()
    {
        var findings = Enumerable.Range(1, 25).Select(i => SomeRun.Finding($"k{i}", $"Finding number {i}.")).ToList();
        var report = SomeRun.Report(SomeRun.Journey() with { Findings = findings });

        var markdown = MarkdownReportWriter.Render(report);

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Split('\n').Count(line => line.StartsWith("- **high** Finding number", StringComparison.Ordinal)), Is.EqualTo(MarkdownJourneySection.MaxFindings));
            Assert.That(markdown, Does.Contain("- …and 5 more in `report.json`."));
        });
    }

    [Test]
    public void Shows_one_finding_of_each_kind_before_a_second_of_any()
    {
        var repeated = Enumerable.Range(1, 25).Select(i => SomeRun.Finding($"k{i}", $"The word 'fraud' in parameter {i}.")).ToList();
        var cookie = SomeRun.Finding("cookie", "The account cookie c_user.") with { Category = FindingCategory.Identifier, Subject = "Facebook account id" };
        var report = SomeRun.Report(SomeRun.Journey() with { Findings = [.. repeated, cookie] });

        var markdown = MarkdownReportWriter.Render(report);

        var shown = markdown.Split('\n').Where(line => line.StartsWith("- **high**", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(shown, Has.Count.EqualTo(MarkdownJourneySection.MaxFindings));
            Assert.That(shown, Has.Some.Contains("The account cookie c\\_user."));
            Assert.That(markdown, Does.Contain("- …and 6 more in `report.json`."));
        });
    }

    [Test]
    public void Escapes_pipes_html_backticks_newlines_and_mentions_in_captured_text()
    {
        const string Hostile = "Fraud | <script>alert(1)</script> `code` *bold* [link](x)\nnext line @octocat";
        var report = SomeRun.Report(SomeRun.Journey() with
        {
            Expectations = [SomeRun.Expectation("no Meta", passed: false, evidence: [Hostile])],
            Findings = [SomeRun.Finding("k1", Hostile)],
        });

        var markdown = MarkdownReportWriter.Render(report);

        var row = markdown.Split('\n').Single(line => line.StartsWith("| ❌ | no Meta", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Not.Contain("<script>"));
            Assert.That(markdown, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(row, Does.Contain(@"Fraud \| &lt;script&gt;"));
            Assert.That(row, Does.Contain(@"\`code\` \*bold\* \[link\](x) next line @"));
            // Ordinal: culture-aware matching skips the zero-width space this is about.
            Assert.That(row.Contains("@\u200Boctocat", StringComparison.Ordinal), Is.True, "a zero-width space keeps @octocat from being a mention");
            Assert.That(row.Replace(@"\|", "", StringComparison.Ordinal).Count(c => c == '|'), Is.EqualTo(5), "the pipe must not add a table cell");
        });
    }

    [Test]
    public void Cuts_long_captured_values_short()
    {
        var report = SomeRun.Report(SomeRun.Journey() with { Expectations = [SomeRun.Expectation("no Meta", passed: false, evidence: [new string('x', 5000)])] });

        var markdown = MarkdownReportWriter.Render(report);

        Assert.That(markdown, Does.Contain(new string('x', 199) + "…").And.Not.Contain(new string('x', 200)));
    }

    [Test]
    public void Truncates_a_long_report_with_a_note_and_stays_under_the_limit()
    {
        var journeys = Enumerable.Range(1, 40).Select(i => SomeRun.Journey($"Journey {i}") with
        {
            Findings = Enumerable.Range(1, 30).Select(j => SomeRun.Finding($"k{i}-{j}", new string('y', 350))).ToList(),
        }).ToArray();

        var markdown = MarkdownReportWriter.Render(SomeRun.Report(journeys));

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Has.Length.LessThanOrEqualTo(MarkdownReportWriter.DefaultMaxLength));
            Assert.That(markdown, Has.Length.GreaterThan(MarkdownReportWriter.DefaultMaxLength - 1000));
            Assert.That(markdown.TrimEnd(), Does.EndWith("> **Truncated** to 60,000 characters: the whole run is in `report.json`."));
            Assert.That(FirstLine(markdown), Is.EqualTo("## ✅ TrackerAudit: passed"));
        });
    }

    [Test]
    public void Shows_what_is_new_gone_and_changed_since_the_baseline()
    {
        var baseline = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/report/fraud/")) with
        {
            Findings = [SomeRun.Finding("gone", "Meta Pixel received 'old'.")],
        });
        var current = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://127.0.0.1:6000/report/fraud/"),
            SomeRun.Beacon(2, "Lead", "http://127.0.0.1:6000/report/fraud/")) with
        {
            Findings = [SomeRun.Finding("new", "Meta Pixel received 'Lead'.")],
        });
        var diff = RunComparer.Compare(baseline, current);

        var markdown = MarkdownReportWriter.Render(current, diff);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("### Changes since the baseline"));
            Assert.That(markdown, Does.Contain("Differences: 1 new event, 1 new finding, 1 gone finding."));
            Assert.That(markdown, Does.Contain("#### New (2)"));
            Assert.That(markdown, Does.Contain("- Event `Lead` to Meta Pixel from `/report/fraud/` in Report fraud (0 → 1)"));
            Assert.That(markdown, Does.Contain("- Finding **high** with `PageView`: Meta Pixel received 'Lead'."));
            Assert.That(markdown, Does.Contain("#### Gone (1)"));
            Assert.That(markdown, Does.Not.Contain("#### Changed"));
            Assert.That(markdown.IndexOf("### Changes since the baseline", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("### Report fraud", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task Writes_report_md_into_the_run_folder()
    {
        using var folder = new TempFolder();
        var report = SomeRun.Report(SomeRun.Journey());

        await MarkdownReportWriter.WriteAsync(report, folder.Path, diff: null, CancellationToken.None);

        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.md")), Is.EqualTo(MarkdownReportWriter.Render(report)));
    }

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');
}
