using TrackerAudit.Journeys;
using TrackerAudit.Scanning;

namespace TrackerAudit.Tests.Scanning;

public sealed class ScanJourneysTests
{
    private static readonly ScanSettings Settings = new(3, 42, ["rape", "sexual \"health\"", "debt: advice"]);

    [Test]
    public void Each_site_gets_an_ordinary_journey_that_the_loader_reads_back_step_for_step()
    {
        var problems = new List<string>();

        var journey = ScanJourneys.Generate([new Uri("https://www.example.org/report?x=1#top")], Settings, null, problems).Single();

        var reread = JourneyLoader.Parse("again.yaml", journey.Yaml).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(reread.Start, Is.EqualTo("https://www.example.org/report?x=1#top"));
            Assert.That(reread.Sensitive, Is.EqualTo(Settings.Sensitive));
            Assert.That(reread.Steps.Select(step => step.Kind), Is.EqualTo(new[] { "scroll", "type-canaries", "follow-links" }));
            Assert.That(reread.Steps.OfType<FollowLinksStep>().Single(), Has.Property(nameof(FollowLinksStep.Pages)).EqualTo(3).And.Property(nameof(FollowLinksStep.Seed)).EqualTo(42));
            Assert.That(journey.Journey.Steps, Is.EqualTo(reread.Steps));
        });
    }

    [Test]
    public void Sites_with_the_same_host_and_path_get_names_and_files_of_their_own()
    {
        var journeys = ScanJourneys.Generate([new Uri("https://example.org/a"), new Uri("http://example.org/a")], Settings, "saved", []);

        Assert.Multiple(() =>
        {
            Assert.That(journeys.Select(journey => journey.Journey.Name), Is.EqualTo(new[] { "scan example.org/a", "scan example.org/a (2)" }));
            Assert.That(journeys.Select(journey => journey.FileName), Is.EqualTo(new[] { "example-org-a.yaml", "example-org-a-2.yaml" }));
            Assert.That(journeys[1].Journey.SourcePath, Is.EqualTo(Path.Combine("saved", "example-org-a-2.yaml")));
        });
    }

    [Test]
    public void Without_further_pages_the_journey_does_not_follow_links() =>
        Assert.That(
            ScanJourneys.Generate([new Uri("https://example.org/")], Settings with { Pages = 0 }, null, []).Single().Journey.Steps.Select(step => step.Kind),
            Is.EqualTo(new[] { "scroll", "type-canaries" }));
}
