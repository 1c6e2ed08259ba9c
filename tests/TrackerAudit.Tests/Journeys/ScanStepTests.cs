using TrackerAudit.Journeys;
using static TrackerAudit.Tests.Journeys.OneProblem;

namespace TrackerAudit.Tests.Journeys;

public sealed class ScanStepTests
{
    private const string Head = "name: scan\nstart: https://example.org/\nsteps:\n";

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return Case("scroll: false", Head + "  - scroll: false\n", 4, 13, "steps[1].scroll", "expected true; to leave the step out, remove it");
        yield return Case("a page count that is not a number", Head + "  - follow-links: many\n", 4, 19, "steps[1].follow-links", "expected how many pages to visit: a whole number from 0 to 50; found 'many'");
        yield return Case("too many pages", Head + "  - follow-links: 51\n", 4, 19, "steps[1].follow-links", "expected how many pages to visit: a whole number from 0 to 50; found '51'");
        yield return Case("a negative seed", Head + "  - follow-links: 3\n    seed: -1\n", 5, 11, "steps[1].seed", "expected the seed of the choice: a whole number from 0 to 2147483647; found '-1'");
        yield return Case("a seed on another step", Head + "  - scroll: true\n    seed: 1\n", 5, 5, "steps[1].seed", "key 'seed' does not apply to a scroll step; expected one of name, scroll, timeout, screenshot");
    }

    [Test]
    public void Reads_the_scan_step_kinds()
    {
        var journey = JourneyLoader.Parse("scan.yaml", Head + "  - scroll: true\n  - type-canaries: true\n  - follow-links: 4\n    seed: 99\n  - follow-links: 2\n").Journeys.Single();

        Assert.Multiple(() =>
        {
            Assert.That(journey.Steps.Select(step => step.Kind), Is.EqualTo(new[] { "scroll", "type-canaries", "follow-links", "follow-links" }));
            Assert.That(journey.Steps.OfType<FollowLinksStep>().Select(step => (step.Pages, step.Seed)), Is.EqualTo(new[] { (4, 99), (2, 0) }));
        });
    }

    [TestCaseSource(nameof(Mistakes))]
    public void Reports_each_mistake_at_its_line_and_column(string yaml, int line, int column, string field, string message) =>
        Check("scan.yaml", yaml, line, column, field, message);
}
