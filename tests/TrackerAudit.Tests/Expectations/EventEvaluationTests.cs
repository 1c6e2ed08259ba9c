using TrackerAudit.Expectations;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

public sealed class EventEvaluationTests
{
    [Test]
    public void Fires_passes_when_the_event_was_sent_on_the_step()
    {
        var expectation = Event("PageView", StepReference.At(0), fires: true);

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Description, Is.EqualTo("Meta Pixel event PageView fires on step 0"));
            Assert.That(result.Evidence, Is.Empty);
        });
    }

    [Test]
    public void Fires_fails_when_the_step_sent_other_events_only_and_names_them()
    {
        var expectation = Event("SubscribedButtonClick", StepReference.Named("open start page"), fires: true);

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                "no Meta Pixel SubscribedButtonClick event was captured on step 0 'open start page'",
                "Meta Pixel events captured on step 0 'open start page': PageView",
            }));
            Assert.That(result.RequestIds, Is.Empty);
        });
    }

    [Test]
    public void Fires_fails_when_the_step_did_not_run_and_says_why()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.FailedAtStep1(), [Event("SubscribedButtonClick", StepReference.Named("Continue"), fires: true)], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                "step 2 'Continue' did not run: the journey stopped at step 1 'Open report': Timeout 30000ms exceeded",
            }));
        });
    }

    [Test]
    public void Fires_anywhere_fails_on_an_incomplete_journey_and_says_it_did_not_complete()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.FailedAtStep1(), [Event("Lead", step: null, fires: true)], "journey").Single();

        Assert.That(result.Evidence, Is.EqualTo(new[]
        {
            "no Meta Pixel Lead event was captured",
            "Meta Pixel events captured: PageView",
            "the journey did not complete (failed): step 1 'Open report' failed: Timeout 30000ms exceeded",
        }));
    }

    [Test]
    public void Fires_fails_on_a_step_number_the_journey_does_not_have()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [Event("PageView", StepReference.At(7), fires: true)], "policy:team.yaml").Single();

        Assert.That(result.Evidence, Is.EqualTo(new[] { "the journey has no step 7 (its last step is 2)" }));
    }

    [Test]
    public void Does_not_fire_fails_naming_each_request_that_sent_the_event()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [Event("SubscribedButtonClick", step: null, fires: false)], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Description, Is.EqualTo("Meta Pixel event SubscribedButtonClick does not fire"));
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                $"step 1 'Open report': POST https://www.facebook.com/tr/ (Meta Pixel SubscribedButtonClick) on {ReportFormRun.Home}",
                $"step 2 'Continue': POST https://www.facebook.com/tr/ (Meta Pixel SubscribedButtonClick) on {ReportFormRun.ReportPage}",
            }));
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 4, 8 }));
        });
    }

    [Test]
    public void Does_not_fire_passes_when_only_other_steps_sent_the_event()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [Event("SubscribedButtonClick", StepReference.At(0), fires: false)], "journey").Single();

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Does_not_fire_passes_on_a_step_that_did_not_run()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.FailedAtStep1(), [Event("PageView", StepReference.At(2), fires: false)], "journey").Single();

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Ignores_a_library_load_that_shares_the_event_name()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [Event("library loaded", step: null, fires: false)], "journey").Single();

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Checks_each_expectation_of_a_list_in_order()
    {
        var results = ExpectationEvaluator.Evaluate(
            ReportFormRun.Completed(),
            [Event("PageView", step: null, fires: true) with { Name = "first" }, Event("PageView", step: null, fires: false) with { Name = "second" }],
            "journey");

        Assert.That(results.Select(r => (r.Name, r.Passed)), Is.EqualTo(new[] { ("first", true), ("second", false) }));
    }

    private static TrackerEventExpectation Event(string name, StepReference? step, bool fires) =>
        new() { Name = $"{name} event", Tracker = "meta-pixel", EventName = name, Step = step, Fires = fires };
}
