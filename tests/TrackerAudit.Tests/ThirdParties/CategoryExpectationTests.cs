using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

public sealed class CategoryExpectationTests
{
    [Test]
    public void A_journey_and_a_policy_read_no_requests_categories_in_the_reports_spelling()
    {
        var journey = JourneyLoader.Parse("ads.yaml", """
            name: No ads
            start: /
            steps:
              - click: a
            expect:
              - name: No advertising
                no-requests: { categories: [advertising, Ad Motivated Tracking] }
            """);
        var policy = PolicyLoader.Parse("policy.yaml", """
            name: Safeguarding
            rules:
              - name: No advertising or session recording on report pages
                no-requests:
                  categories: [advertising]
                  trackers: [meta-pixel]
                  pages: ["**/report/**"]
            """);

        Assert.Multiple(() =>
        {
            Assert.That(journey.Problems, Is.Empty, string.Join("\n", journey.Problems));
            Assert.That(((NoRequestsExpectation)journey.Journeys.Single().Expectations.Single()).Categories, Is.EqualTo(new[] { "advertising", "ad-motivated-tracking" }));
            Assert.That(policy.Problems, Is.Empty, string.Join("\n", policy.Problems));
            Assert.That(((NoRequestsExpectation)policy.Policy!.Rules.Single()).Categories, Is.EqualTo(new[] { "advertising" }));
        });
    }

    [Test]
    public void An_empty_category_list_is_a_problem_with_its_place()
    {
        var journey = JourneyLoader.Parse("ads.yaml", """
            name: No ads
            start: /
            steps:
              - click: a
            expect:
              - name: No advertising
                no-requests: { categories: [] }
            """);

        Assert.That(journey.Problems.Select(problem => problem.ToString()), Has.One.Contains("expect[1].no-requests.categories").And.Contains("expected at least one category such as advertising"));
    }

    [Test]
    public void Fails_naming_only_the_requests_to_third_parties_of_the_category()
    {
        var run = RunWithThirdParties();

        var advertising = ExpectationEvaluator.Evaluate(run, [new NoRequestsExpectation { Name = "No ads", Categories = ["advertising"] }], "journey").Single();
        var video = ExpectationEvaluator.Evaluate(run, [new NoRequestsExpectation { Name = "No video", Categories = ["video"] }], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(advertising.Passed, Is.False);
            Assert.That(advertising.RequestIds, Is.EqualTo(new long[] { 3, 4, 7 }));
            Assert.That(advertising.Evidence, Has.Some.Contains("googleads.g.doubleclick.net").And.Some.Contains("px.ads.linkedin.com"));
            Assert.That(advertising.Description, Is.EqualTo("no request to a third party in advertising"));
            Assert.That(video.Passed, Is.True);
        });
    }

    [Test]
    public void The_table_leaves_out_the_start_pages_site_and_what_is_not_the_web()
    {
        var rows = RunWithThirdParties().ThirdParties;
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row.Host), Is.EquivalentTo(new[] { "fonts.gstatic.com", "googleads.g.doubleclick.net", "px.ads.linkedin.com", "www.facebook.com" }));
            Assert.That(rows.Single(row => row.Host == "www.facebook.com").DecodedRequests, Is.EqualTo(1));
            Assert.That(rows.Single(row => row.Host == "googleads.g.doubleclick.net").Requests, Is.EqualTo(2));
            Assert.That(rows[0].Host, Is.EqualTo("googleads.g.doubleclick.net"), "most requested first");
        });
    }

    private static JourneyRun RunWithThirdParties()
    {
        var page = JourneyRunBuilder.Site + "/report/";
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Request("GET", page, null)
            .Request("GET", "https://cdn.northshire.police.uk/app.js", page)
            .Request("GET", "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/?random=1", page)
            .Request("GET", "https://px.ads.linkedin.com/collect?pid=1&fmt=gif", page)
            .Request("GET", "https://fonts.gstatic.com/s/font.woff2", page)
            .Request("GET", "data:image/png;base64,iVBORw0KGgo=", page)
            .Step("Continue")
            .Request("GET", "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/?random=2", page)
            .Pixel("GET", "https://www.facebook.com/tr/?id=1&ev=PageView", page, "PageView")
            .Build();
        return run with { ThirdParties = ThirdPartyTable.Build(run, EntityCatalogue.Default) };
    }
}
