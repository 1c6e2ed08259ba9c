using TrackerAudit.Scanning;

namespace TrackerAudit.Tests.Scanning;

public sealed class SiteOutcomesTests
{
    private static readonly DateTimeOffset Time = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void A_start_page_that_never_answered_is_unreachable() =>
        Assert.That(
            SiteOutcomes.Of(Run(JourneyStatus.Failed, Start(StepStatus.Failed, "net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/"))).Outcome,
            Is.EqualTo(SiteOutcomeKind.Unreachable));

    [Test]
    public void A_step_that_failed_later_is_a_failed_site_with_why() =>
        Assert.That(
            SiteOutcomes.Of(Run(JourneyStatus.Failed, Start(StepStatus.Passed, null)) with { Error = "ran out of time" }),
            Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Failed).And.Property(nameof(SiteOutcome.Why)).EqualTo("ran out of time"));

    [TestCase(404, 2000, null, "HTTP 404 error page")]
    [TestCase(200, 3, null, "empty page (3 characters of text)")]
    [TestCase(403, 200, "the words 'verify you are human'", "bot wall: the words 'verify you are human'")]
    public void A_first_page_that_could_not_be_read_blocks_the_site(int status, int text, string? wall, string why)
    {
        var page = PageMarks.Judge(new PageFacts("https://example.org/", status, text, wall, true, "Chrome"));

        var outcome = SiteOutcomes.Of(Run(JourneyStatus.Completed, Start(StepStatus.Passed, null), Scroll(page)));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Outcome, Is.EqualTo(SiteOutcomeKind.Blocked));
            Assert.That(outcome.Why, Is.EqualTo("https://example.org/: " + why));
        });
    }

    [Test]
    public void A_broken_link_further_in_is_marked_on_its_page_but_the_site_completes()
    {
        var first = PageMarks.Judge(new PageFacts("https://example.org/", 200, 5000, null, false, "Chrome"));
        var broken = PageMarks.Judge(new PageFacts("https://example.org/gone", 404, 40, null, false, "Chrome"));

        var outcome = SiteOutcomes.Of(Run(JourneyStatus.Completed, Start(StepStatus.Passed, null), Scroll(first), Scroll(broken) with { Index = 2 }));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Outcome, Is.EqualTo(SiteOutcomeKind.Completed));
            Assert.That(outcome.Pages.Select(page => page.Mark), Is.EqualTo(new[] { PageMark.Page, PageMark.HttpError }));
        });
    }

    [Test]
    public void A_captcha_inside_a_long_page_is_part_of_the_page_not_a_wall() =>
        Assert.That(PageMarks.Judge(new PageFacts("https://example.org/contact", 200, 8000, "challenge element .g-recaptcha", false, "Chrome")).Mark, Is.EqualTo(PageMark.Page));

    private static StepResult Start(StepStatus status, string? error) =>
        new() { Index = 0, Name = "start", Kind = "start", Action = "goto", Status = status, Error = error };

    private static StepResult Scroll(PageVisit page) =>
        new() { Index = 1, Name = "scroll 1", Kind = "scroll", Action = "scroll", Status = StepStatus.Passed, Pages = [page] };

    private static JourneyRun Run(JourneyStatus status, params StepResult[] steps) => new()
    {
        Journey = "scan example.org",
        SourcePath = "generated/example-org.yaml",
        SourceSha256 = "",
        StartUrl = "https://example.org/",
        Status = status,
        StartedAt = Time,
        EndedAt = Time,
        Steps = steps,
    };
}
