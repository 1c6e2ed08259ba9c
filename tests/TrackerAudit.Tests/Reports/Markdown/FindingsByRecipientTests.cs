using TrackerAudit.Reports.Markdown;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Markdown;

/// <summary>report.md groups a journey's findings per recipient and kind, so hundreds of findings read as a few rows.</summary>
public sealed class FindingsByRecipientTests
{
    [Test]
    public void Groups_findings_per_recipient_and_category_with_counts_pages_values_and_the_highest_severity()
    {
        var findings = Enumerable.Range(1, 300)
            .Select(i => SomeRun.Finding($"s{i}", $"Meta Pixel received 'fraud' ({i}).") with { PageUrl = $"http://127.0.0.1:5000/page/{i % 7}", Subject = $"the sensitive word '{(i % 2 == 0 ? "fraud" : "rape")}'" })
            .Append(SomeRun.Finding("t1", "Meta Pixel received the value you typed.", Severity.Critical, category: FindingCategory.TypedData) with { PageUrl = "http://127.0.0.1:5000/page/1" })
            .Append(SomeRun.Finding("g1", "Google Analytics 4 received a page view.", Severity.Low, category: FindingCategory.PageAndBehaviour) with { Recipient = "Google Analytics 4 G-1", PageUrl = null })
            .ToList();
        var run = SomeRun.Journey() with { Findings = findings };

        var markdown = MarkdownReportWriter.Render(SomeRun.Report(run));

        var rows = markdown.Split('\n').Where(line => line.StartsWith("| Meta Pixel |", StringComparison.Ordinal) || line.StartsWith("| Google", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("| Recipient | What it learned | Findings | Pages | Different values | Highest |"));
            Assert.That(rows, Is.EqualTo(new[]
            {
                "| Meta Pixel | values you typed | 1 | 1 | 1 | critical |",
                "| Meta Pixel | sensitive words | 300 | 7 | 2 | high |",
                "| Google Analytics 4 G-1 | pages and clicks | 1 | 0 | 1 | low |",
            }));
        });
    }
}
