using TrackerAudit.Comparisons;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Comparisons;

public sealed class RunComparisonsTests
{
    [Test]
    public void A_finding_seen_in_some_repetitions_is_counted_k_of_n()
    {
        var runs = new[]
        {
            Repeat(1, SomeRun.Finding("always", "a"), SomeRun.Finding("sometimes", "s")),
            Repeat(2, SomeRun.Finding("always", "a")),
            Repeat(3, SomeRun.Finding("always", "a"), SomeRun.Finding("sometimes", "s")),
        };

        var summary = RunComparisons.Repeats(runs).Single();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Journey, Is.EqualTo("Report fraud"));
            Assert.That(summary.Runs, Is.EqualTo(new[] { "Report fraud (run 1 of 3)", "Report fraud (run 2 of 3)", "Report fraud (run 3 of 3)" }));
            Assert.That(summary.Findings.Select(f => (f.Finding.Key, f.SeenIn, f.Of, f.Always)), Is.EqualTo(new[] { ("always", 3, 3, true), ("sometimes", 2, 3, false) }));
            Assert.That(summary.Findings[1].SeenInRuns, Is.EqualTo(new[] { 1, 3 }));
        });
    }

    [Test]
    public void Runs_that_are_not_repeated_have_no_repeat_summary()
    {
        Assert.That(RunComparisons.Repeats([SomeRun.Journey()]), Is.Empty);
    }

    [Test]
    public void Consent_variants_split_tracker_events_at_the_answer()
    {
        var runs = new[]
        {
            Variant("none", ConsentAnswer.None, ("PageView", 0), ("Microdata", 2)),
            Variant("reject", ConsentAnswer.Reject, ("PageView", 0)),
            Variant("accept", ConsentAnswer.Accept, ("PageView", 0), ("SubscribedButtonClick", 1), ("PageView", 2)),
        };

        var comparison = RunComparisons.Consent(runs).Single();

        var (none, reject, accept) = (comparison.Variants[0], comparison.Variants[1], comparison.Variants[2]);
        Assert.Multiple(() =>
        {
            Assert.That(comparison.Journey, Is.EqualTo("Banner"));
            Assert.That(comparison.FiredAfterRefusal, Is.False);
            Assert.That(none.BeforeAnswer.TrackerEvents, Is.EqualTo(2));
            Assert.That(none.AfterAnswer, Is.Null, "no answer, no after");
            Assert.That(none.Verdict, Is.EqualTo("2 tracker events sent although the banner was never answered."));
            Assert.That(reject.BeforeAnswer.Events, Is.EqualTo(new[] { new EventCount("Meta Pixel", "PageView", 1) }));
            Assert.That(reject.AfterAnswer!.TrackerEvents, Is.Zero);
            Assert.That(reject.Verdict, Is.EqualTo("The refusal was respected afterwards, but 1 tracker event had been sent before the banner was answered."));
            Assert.That(accept.AfterAnswer!.TrackerEvents, Is.EqualTo(2));
            Assert.That(accept.BeforeAnswer.ThirdPartyHosts, Is.EqualTo(new[] { "www.facebook.com" }));
        });
    }

    [Test]
    public void An_event_after_a_refusal_is_called_out()
    {
        var runs = new[] { Variant("reject", ConsentAnswer.Reject, ("PageView", 2)) };

        var comparison = RunComparisons.Consent(runs).Single();

        Assert.Multiple(() =>
        {
            Assert.That(comparison.FiredAfterRefusal, Is.True);
            Assert.That(comparison.Variants[0].Verdict, Is.EqualTo("TRACKING AFTER REFUSAL: 1 tracker event sent after the visitor rejected tracking."));
        });
    }

    [Test]
    public void Data_to_an_unknown_third_party_after_a_refusal_is_tracking_after_refusal()
    {
        var run = Variant("reject", ConsentAnswer.Reject);
        run = run with { Requests = [SomeRun.Request(1, "https://forms.example/collect?message=hello", step: 2)] };

        var reject = RunComparisons.Consent([run]).Single().Variants[0];

        Assert.Multiple(() =>
        {
            Assert.That(reject.FiredAfterRefusal, Is.True);
            Assert.That(reject.AfterAnswer!.OtherDataRecipients, Is.EqualTo(new[] { "forms.example" }));
            Assert.That(reject.Verdict, Is.EqualTo("TRACKING AFTER REFUSAL: 1 request carrying data to other third parties (forms.example) sent after the visitor rejected tracking."));
        });
    }

    [Test]
    public void A_third_party_request_without_a_query_or_body_is_not_data_sent()
    {
        var run = Variant("reject", ConsentAnswer.Reject);
        run = run with { Requests = [SomeRun.Request(1, "https://fonts.example/font.woff2", resourceType: "font", step: 2)] };

        var reject = RunComparisons.Consent([run]).Single().Variants[0];

        Assert.Multiple(() =>
        {
            Assert.That(reject.FiredAfterRefusal, Is.False);
            Assert.That(reject.AfterAnswer!.ThirdPartyHosts, Is.EqualTo(new[] { "fonts.example" }), "still listed as a host contacted");
            Assert.That(reject.Verdict, Does.StartWith("The refusal was respected"));
        });
    }

    private static JourneyRun Repeat(int repeat, params Finding[] findings) =>
        SomeRun.Journey($"Report fraud (run {repeat} of 3)") with
        {
            Variation = new RunVariation { Journey = "Report fraud", Repeat = repeat, Repeats = 3 },
            Findings = findings,
        };

    private static JourneyRun Variant(string name, ConsentAnswer answer, params (string Event, int Step)[] beacons)
    {
        var run = SomeRun.Journey($"Banner [{name}]") with
        {
            Variation = new RunVariation { Journey = "Banner", Consent = name, Answer = answer, ConsentSteps = answer == ConsentAnswer.None ? 0 : 1 },
        };
        return run.With([.. beacons.Select((beacon, i) =>
        {
            var (request, decoded) = SomeRun.Beacon(i + 1, beacon.Event, "http://127.0.0.1:5000/", run.Journey);
            return (request with { StepIndex = beacon.Step }, decoded);
        })]);
    }
}
