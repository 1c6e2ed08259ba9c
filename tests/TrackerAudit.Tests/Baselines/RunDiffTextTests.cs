using TrackerAudit.Baselines;
using TrackerAudit.Findings;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Baselines;

public sealed class RunDiffTextTests
{
    [Test]
    public void An_empty_diff_says_there_is_no_difference()
    {
        var report = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/")));

        var text = RunDiffText.Render(RunComparer.Compare(report, report));

        Assert.That(text, Does.Contain("No difference: the same trackers, accounts, events and findings."));
    }

    [Test]
    public void Lists_new_gone_and_changed_lines_and_a_summary()
    {
        var baseline = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/")) with
        {
            Findings = [SomeRun.Finding("k", "Meta Pixel received 'fraud'.", Severity.Medium)],
        });
        var current = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/"), SomeRun.Beacon(2, "PageView", "http://h/a/"), SomeRun.Beacon(3, "Lead", "http://h/b/?id=1")) with
        {
            Findings = [SomeRun.Finding("k", "Meta Pixel received 'fraud'.", Severity.High), SomeRun.Finding("n", "Meta Pixel received a Lead.", Severity.Low)],
        });

        var text = RunDiffText.Render(RunComparer.Compare(baseline, current));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("New events (1):" + Environment.NewLine + "  + Report fraud: Meta Pixel Lead on /b/ (0 -> 1)"));
            Assert.That(text, Does.Contain("Changed events (1):" + Environment.NewLine + "  ~ Report fraud: Meta Pixel PageView on /a/ (1 -> 2)"));
            Assert.That(text, Does.Contain("New findings (1):" + Environment.NewLine + "  + [low] (PageView) Meta Pixel received a Lead."));
            Assert.That(text, Does.Contain("Changed findings (1):" + Environment.NewLine + "  ~ [medium -> high] (PageView) Meta Pixel received 'fraud'."));
            Assert.That(text, Does.Not.Contain("Gone"));
            Assert.That(text, Does.Contain("Differences: 1 new event, 1 changed event count, 1 new finding, 1 changed finding."));
        });
    }

    [Test]
    public void Control_characters_in_captured_text_do_not_reach_the_terminal()
    {
        var baseline = SomeRun.Report(SomeRun.Journey());
        var current = SomeRun.Report(SomeRun.Journey() with { Findings = [SomeRun.Finding("k", "title \u001b[2J\u001b]0;owned\u0007 and\nnew line \u202Eevil")] });

        var text = RunDiffText.Render(RunComparer.Compare(baseline, current));

        var line = text.Split(Environment.NewLine).Single(l => l.Contains("title", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            // Ordinal: culture-aware matching ignores control characters and would find them everywhere.
            Assert.That(line.Where(c => c is '\u001b' or '\u0007' or '\u202E'), Is.Empty);
            Assert.That(line, Does.EndWith("title  [2J ]0;owned  and new line  evil"));
        });
    }
}
