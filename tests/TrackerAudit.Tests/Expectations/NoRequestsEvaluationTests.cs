using TrackerAudit.Expectations;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Expectations;

public sealed class NoRequestsEvaluationTests
{
    [Test]
    public void Fails_naming_each_tracker_request_made_on_a_matching_page()
    {
        var expectation = new NoRequestsExpectation { Name = "No Meta on reports", Trackers = ["meta-pixel"], Pages = ["**/report/**"] };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                $"step 1 'Open report': GET https://www.facebook.com/tr/?... (Meta Pixel PageView) on {ReportFormRun.ReportPage}",
                $"step 2 'Continue': POST https://www.facebook.com/tr/ (Meta Pixel SubscribedButtonClick) on {ReportFormRun.ReportPage}",
            }));
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 7, 8 }));
            Assert.That(result.FindingKeys, Is.Empty);
        });
    }

    [Test]
    public void Passes_when_the_tracker_is_only_on_other_pages()
    {
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Pixel("GET", "https://www.facebook.com/tr/?id=1&ev=PageView", ReportFormRun.Home, "PageView")
            .Step("Open report")
            .Request("GET", ReportFormRun.ReportPage, ReportFormRun.Home)
            .Build();
        var expectation = new NoRequestsExpectation { Name = "No Meta on reports", Trackers = ["meta-pixel"], Pages = ["**/report/**"] };

        var result = ExpectationEvaluator.Evaluate(run, [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Evidence, Is.Empty);
            Assert.That(result.RequestIds, Is.Empty);
        });
    }

    [Test]
    public void Counts_a_library_load_as_a_request_to_the_tracker()
    {
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Pixel("GET", "https://connect.facebook.net/en_US/fbevents.js", ReportFormRun.ReportPage, "library loaded", TrackerEventKind.Library)
            .Build();

        var result = ExpectationEvaluator.Evaluate(run, [new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"] }], "journey").Single();

        Assert.That(result.Evidence, Is.EqualTo(new[]
        {
            $"step 0 'open start page': GET https://connect.facebook.net/en_US/fbevents.js (Meta Pixel library loaded) on {ReportFormRun.ReportPage}",
        }));
    }

    [Test]
    public void Matches_hosts_by_glob_ignoring_case()
    {
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Request("GET", "https://CONNECT.facebook.net/signals/config/1", ReportFormRun.Home)
            .Request("GET", "https://facebook.net/", ReportFormRun.Home)
            .Request("GET", "https://www.facebook.com/tr/", ReportFormRun.Home)
            .Build();

        var result = ExpectationEvaluator.Evaluate(run, [new NoRequestsExpectation { Name = "x", Hosts = ["*.Facebook.NET"] }], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 1 }), "the apex facebook.net is not *.facebook.net, and www.facebook.com is another host");
            Assert.That(result.Evidence, Is.EqualTo(new[] { $"step 0 'open start page': GET https://CONNECT.facebook.net/signals/config/1 on {ReportFormRun.Home}" }));
        });
    }

    [Test]
    public void Counts_a_request_to_a_listed_host_or_a_listed_tracker()
    {
        var expectation = new NoRequestsExpectation { Name = "x", Hosts = ["fonts.example.net"], Trackers = ["meta-pixel"], Pages = ["**/report/**"] };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.That(result.RequestIds, Is.EqualTo(new long[] { 7, 8, 9 }));
    }

    [TestCase(2, null)]
    [TestCase(null, "continue")]
    public void Counts_only_requests_from_the_step_on(int? index, string? name)
    {
        var from = index is null ? StepReference.Named(name!) : StepReference.At(index.Value);
        var expectation = new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"], FromStep = from };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.That(result.Evidence, Is.EqualTo(new[]
        {
            $"step 2 'Continue': POST https://www.facebook.com/tr/ (Meta Pixel SubscribedButtonClick) on {ReportFormRun.ReportPage}",
        }));
    }

    [Test]
    public void Matches_pages_on_the_page_a_tracker_event_names_too()
    {
        // A beacon sent as a page unloads belongs to the next page for the browser but names the page it is about.
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Pixel("POST", "https://www.facebook.com/tr/", ReportFormRun.Home, "SubscribedButtonClick", eventPage: ReportFormRun.ReportPage)
            .Build();

        var result = ExpectationEvaluator.Evaluate(run, [new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"], Pages = ["**/report/**"] }], "journey").Single();

        Assert.That(result.RequestIds, Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public void Passes_from_a_step_that_did_not_run_on_what_was_captured()
    {
        var expectation = new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"], FromStep = StepReference.Named("Continue") };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.FailedAtStep1(), [expectation], "journey").Single();

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Passes_from_a_step_number_the_journey_does_not_have()
    {
        var expectation = new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"], FromStep = StepReference.At(7) };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "policy:team.yaml").Single();

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Fails_from_a_step_name_the_run_does_not_have()
    {
        var expectation = new NoRequestsExpectation { Name = "x", Trackers = ["meta-pixel"], FromStep = StepReference.Named("Submit") };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Evidence, Is.EqualTo(new[] { "the journey has no step named 'Submit'" }));
        });
    }

    [Test]
    public void Labels_the_result_with_the_journey_name_source_and_description()
    {
        var expectation = new NoRequestsExpectation
        {
            Name = "No Meta on reports",
            Hosts = ["*.facebook.com"],
            Trackers = ["meta-pixel"],
            Pages = ["**/report/**", "**/contact/**"],
            FromStep = StepReference.At(3),
        };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "policy:team.yaml").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Journey, Is.EqualTo("Report"));
            Assert.That(result.Name, Is.EqualTo("No Meta on reports"));
            Assert.That(result.Source, Is.EqualTo("policy:team.yaml"));
            Assert.That(result.Description, Is.EqualTo("no request to *.facebook.com or Meta Pixel on pages matching **/report/** or **/contact/**, from step 3 on"));
        });
    }
}
