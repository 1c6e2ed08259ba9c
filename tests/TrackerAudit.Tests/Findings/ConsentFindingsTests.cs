using TrackerAudit.Findings;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Findings;

public sealed class ConsentFindingsTests
{
    [Test]
    public void An_event_after_a_refusal_is_critical_and_one_before_it_is_high()
    {
        var run = Run(ConsentAnswer.Reject, ("PageView", 0), ("SubscribedButtonClick", 2));

        var consent = Consent(run);

        Assert.That(consent, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(consent[0].Severity, Is.EqualTo(Severity.Critical));
            Assert.That(consent[0].StepIndex, Is.EqualTo(2));
            Assert.That(consent[0].Statement, Does.Contain("received a SubscribedButtonClick event after the visitor rejected tracking (consent variant 'reject')"));
            Assert.That(consent[1].Severity, Is.EqualTo(Severity.High));
            Assert.That(consent[1].Subject, Is.EqualTo("a PageView event before the cookie banner was answered (consent variant 'reject')"));
        });
    }

    [Test]
    public void Events_after_consent_was_given_are_no_consent_findings()
    {
        var run = Run(ConsentAnswer.Accept, ("PageView", 1), ("PageView", 2));

        Assert.That(Consent(run), Is.Empty);
    }

    [Test]
    public void Without_an_answer_every_event_is_sent_without_consent()
    {
        var run = Run(ConsentAnswer.None, ("PageView", 0), ("Microdata", 3));

        Assert.That(Consent(run).Select(finding => (finding.Severity, finding.EventName)), Is.EquivalentTo(new[]
        {
            (Severity.High, "PageView"), (Severity.High, "Microdata"),
        }));
    }

    [Test]
    public void A_journey_without_consent_variants_has_no_consent_findings()
    {
        var run = Run(ConsentAnswer.Reject, ("PageView", 2)) with { Variation = null };

        Assert.That(Consent(run), Is.Empty);
    }

    [Test]
    public void Repetitions_of_a_journey_share_the_keys_of_their_findings()
    {
        var first = Run(ConsentAnswer.Reject, ("PageView", 2));
        var second = first with { Journey = "Banner [reject] (run 2 of 2)", Variation = first.Variation! with { Repeat = 2 } };

        Assert.That(FindingsEngine.Analyse(second).Select(f => f.Key), Is.EquivalentTo(FindingsEngine.Analyse(first).Select(f => f.Key)));
    }

    private static List<Finding> Consent(JourneyRun run) =>
        FindingsEngine.Analyse(run).Where(finding => finding.Category == FindingCategory.Consent).ToList();

    // A reject or accept variant answers at step 1; the journey's steps follow.
    private static JourneyRun Run(ConsentAnswer answer, params (string Event, int Step)[] beacons)
    {
        var run = SomeRun.Journey("Banner [reject] (run 1 of 2)") with
        {
            Variation = new RunVariation
            {
                Journey = "Banner",
                Consent = answer.ToString().ToLowerInvariant(),
                Answer = answer,
                ConsentSteps = answer == ConsentAnswer.None ? 0 : 1,
                Repeat = 1,
                Repeats = 2,
            },
        };
        return run.With([.. beacons.Select((beacon, i) =>
        {
            var (request, decoded) = SomeRun.Beacon(i + 1, beacon.Event, "http://127.0.0.1:5000/", run.Journey);
            return (request with { StepIndex = beacon.Step, StepName = $"step {beacon.Step}" }, decoded);
        })]);
    }
}
