using TrackerAudit.Findings;
using TrackerAudit.Reports.Html;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Reports.Html;

public sealed class VerdictsTests
{
    [Test]
    public void Counts_beacons_pages_and_the_pages_naming_a_sensitive_word()
    {
        var run = HostileRun.Report().Journeys.Single();

        var lines = Verdicts.For(run);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Meta Pixel (account 1234) received 2 events from 2 pages, 1 of them naming sexual assault, and what was typed as email.",
            "tracker.evil.example received 1 request from 1 page, naming sexual assault.",
        }));
    }

    [Test]
    public void Says_so_when_no_tracker_received_anything()
    {
        var run = HostileRun.Report().Journeys.Single() with { TrackerRequests = [], Findings = [] };

        Assert.That(Verdicts.For(run), Is.EqualTo(new[] { "No tracker was seen receiving anything." }));
    }

    [Test]
    public void Leaves_out_events_that_are_not_beacons()
    {
        var run = HostileRun.Report().Journeys.Single();
        var libraryOnly = run with
        {
            TrackerRequests = run.TrackerRequests.Select(decoded => decoded with
            {
                Events = decoded.Events.Select(e => e with { Kind = TrackerEventKind.Library }).ToList(),
            }).ToList(),
            Findings = run.Findings.Where(finding => finding.Recipient != "Meta Pixel").ToList(),
        };

        Assert.That(Verdicts.For(libraryOnly), Is.EqualTo(new[] { "tracker.evil.example received 1 request from 1 page, naming sexual assault." }));
    }
}
