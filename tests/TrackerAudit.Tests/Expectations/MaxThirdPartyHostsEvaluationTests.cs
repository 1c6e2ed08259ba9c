using TrackerAudit.Expectations;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

public sealed class MaxThirdPartyHostsEvaluationTests
{
    [Test]
    public void Fails_naming_each_third_party_host_and_its_first_request()
    {
        var expectation = new MaxThirdPartyHostsExpectation { Name = "Few third parties", Maximum = 2 };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Description, Is.EqualTo("at most 2 third-party hosts contacted"));
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                "3 third-party hosts contacted; at most 2 expected",
                $"connect.facebook.net: 1 request, the first at step 0 'open start page': GET https://connect.facebook.net/en_US/fbevents.js (Meta Pixel library loaded) on {ReportFormRun.Home}",
                $"www.facebook.com: 4 requests, the first at step 0 'open start page': GET https://www.facebook.com/tr/?... (Meta Pixel PageView) on {ReportFormRun.Home}",
                $"fonts.example.net: 1 request, the first at step 2 'Continue': GET https://fonts.example.net/font.woff2 on {ReportFormRun.ReportPage}",
            }));
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 2, 3, 4, 7, 8, 9 }));
        });
    }

    [Test]
    public void Passes_at_the_maximum_counting_the_sites_own_subdomains_as_first_party()
    {
        // cdn.northshire.police.uk shares the start page's registrable domain, so only the three others count.
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [new MaxThirdPartyHostsExpectation { Name = "x", Maximum = 3 }], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Evidence, Is.Empty);
        });
    }

    [Test]
    public void Counts_a_host_once_whatever_its_case()
    {
        var run = new JourneyRunBuilder()
            .Step("open start page")
            .Request("GET", "https://WWW.facebook.com/tr/", ReportFormRun.Home)
            .Request("GET", "https://www.facebook.com/tr/", ReportFormRun.Home)
            .Request("GET", "data:image/png;base64,AAAA", ReportFormRun.Home)
            .Build();

        var result = ExpectationEvaluator.Evaluate(run, [new MaxThirdPartyHostsExpectation { Name = "x", Maximum = 0 }], "journey").Single();

        Assert.That(result.Evidence[0], Is.EqualTo("1 third-party host contacted; at most 0 expected"));
    }
}
