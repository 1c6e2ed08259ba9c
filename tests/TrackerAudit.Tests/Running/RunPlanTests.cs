using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Running;

public sealed class RunPlanTests
{
    private const string WithConsent = """
        name: Banner
        start: /
        consent:
          none: []
          reject:
            - name: Reject all
              click: "#reject"
        steps:
          - name: Open the report page
            click: "text=Report"
          - name: Continue
            click: "#continue"
        expect:
          - name: No Meta from Continue on
            no-requests: { trackers: [meta-pixel], from-step: 2 }
          - name: PageView on the start page
            event: { tracker: meta-pixel, name: PageView, step: 0 }
          - name: Click on Continue
            event: { tracker: meta-pixel, name: SubscribedButtonClick, step: Continue }
        """;

    [Test]
    public void A_journey_without_consent_run_once_is_left_as_it_is()
    {
        var journey = AuditHarness.Journey("name: Plain\nstart: /\nsteps:\n  - click: a\n");

        var runs = RunPlan.Expand([journey], repeats: 1);

        Assert.That(runs, Is.EqualTo(new[] { journey }));
    }

    [Test]
    public void Repeats_get_their_own_names_and_numbers()
    {
        var journey = AuditHarness.Journey("name: Plain\nstart: /\nsteps:\n  - click: a\n");

        var runs = RunPlan.Expand([journey], repeats: 3);

        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(run => run.Name), Is.EqualTo(new[] { "Plain (run 1 of 3)", "Plain (run 2 of 3)", "Plain (run 3 of 3)" }));
            Assert.That(runs.Select(run => run.Variation!.Repeat), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(runs.Select(run => run.Variation!.GroupName), Has.All.EqualTo("Plain"));
            Assert.That(runs.Select(run => run.Steps), Has.All.EqualTo(journey.Steps));
        });
    }

    [Test]
    public void Each_consent_variant_runs_its_steps_first_and_the_journey_steps_after_them()
    {
        var journey = AuditHarness.Journey(WithConsent);

        var runs = RunPlan.Expand([journey], repeats: 2);

        Assert.That(runs.Select(run => run.Name), Is.EqualTo(new[]
        {
            "Banner [none] (run 1 of 2)", "Banner [none] (run 2 of 2)", "Banner [reject] (run 1 of 2)", "Banner [reject] (run 2 of 2)",
        }));
        var reject = runs[2];
        Assert.Multiple(() =>
        {
            Assert.That(reject.Steps.Select(step => (step.Index, step.Name)), Is.EqualTo(new[] { (1, "reject: Reject all"), (2, "Open the report page"), (3, "Continue") }));
            Assert.That(reject.Variation!.AnswerStep, Is.EqualTo(1));
            Assert.That(reject.Variation.BeforeAnswer(0), Is.True);
            Assert.That(reject.Variation.BeforeAnswer(1), Is.False, "the answering step's own requests come after the answer");
            Assert.That(runs[0].Steps.Select(step => step.Index), Is.EqualTo(new[] { 1, 2 }), "none has no steps of its own");
            Assert.That(runs[0].Variation!.AnswerStep, Is.Null);
            Assert.That(runs[0].Variation!.BeforeAnswer(5), Is.True, "without an answer, everything is before it");
            Assert.That(runs.Select(run => run.Consent), Has.All.Empty, "an expanded run does not expand again");
        });
    }

    [Test]
    public void Step_numbers_in_expectations_move_past_the_consent_steps_and_names_stay()
    {
        var reject = RunPlan.Expand([AuditHarness.Journey(WithConsent)], repeats: 1)[1];

        Assert.Multiple(() =>
        {
            Assert.That(((NoRequestsExpectation)reject.Expectations[0]).FromStep!.Index, Is.EqualTo(3), "step 2 of the journey is step 3 after one consent step");
            Assert.That(((TrackerEventExpectation)reject.Expectations[1]).Step!.Index, Is.EqualTo(0), "the start page stays step 0");
            Assert.That(((TrackerEventExpectation)reject.Expectations[2]).Step!.Name, Is.EqualTo("Continue"));
        });
    }
}
