using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TrackerAudit.Demo;
using TrackerAudit.Hosting;

namespace TrackerAudit.Tests.Demo;

public sealed partial class DemoSiteTests
{
    private const string PixelLibrary = "https://connect.facebook.net/en_US/fbevents.js";

    private StaticSiteServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await DemoSite.StartAsync();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseUrl };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [TestCase("/", "Report a crime online")]
    [TestCase("/report/rape-sexual-assault/", "Report rape or sexual assault")]
    [TestCase("/report/rape-sexual-assault/what-happened/", "What happened? - Report rape or sexual assault")]
    [TestCase("/report/rape-sexual-assault/when/", "When did it happen? - Report rape or sexual assault")]
    [TestCase("/report/rape-sexual-assault/where/", "Where did it happen? - Report rape or sexual assault")]
    [TestCase("/report/rape-sexual-assault/contact/", "How can we contact you? - Report rape or sexual assault")]
    [TestCase("/report/rape-sexual-assault/check/", "Check and send your report - Report rape or sexual assault")]
    [TestCase("/report/stalking-harassment/", "Report stalking or harassment")]
    [TestCase("/report/fraud/", "Report fraud")]
    [TestCase("/report/hate-crime/", "Report a hate crime")]
    [TestCase("/report/domestic-abuse/", "Report domestic abuse")]
    [TestCase("/victim-services/", "Victim services")]
    [TestCase("/report/start/?crime=fraud", "Online report")]
    public async Task Serves_each_page_with_its_title_and_the_pixel(string path, string title)
    {
        var html = await _client.GetStringAsync(path);
        Assert.Multiple(() =>
        {
            Assert.That(Title().Match(html).Groups[1].Value, Is.EqualTo(title + " | Northshire Police"));
            Assert.That(html, Does.Contain(PixelLibrary));
            Assert.That(html, Does.Contain($"fbq('init', '{DemoSite.PixelId}');"));
            Assert.That(html, Does.Contain("Demo replica."));
        });
    }

    [Test]
    public async Task Home_page_links_to_every_offence()
    {
        var html = await _client.GetStringAsync("/");
        Assert.That(html, Does.Contain(">Report rape or sexual assault<")
            .And.Contain(">Report stalking or harassment<")
            .And.Contain(">Report fraud<")
            .And.Contain(">Report a hate crime<")
            .And.Contain(">Report domestic abuse<")
            .And.Contain(">Victim services<"));
    }

    [Test]
    public async Task The_where_step_sends_its_answers_in_the_next_page_address()
    {
        var html = await _client.GetStringAsync("/report/rape-sexual-assault/where/");
        Assert.That(html, Does.Contain("<form class=\"report-form\" method=\"get\" action=\"../contact/\">"));
    }

    [TestCase("when/")]
    [TestCase("where/")]
    [TestCase("check/")]
    public async Task Form_steps_answer_a_POST_by_sending_the_browser_to_the_page(string step)
    {
        var path = "/report/rape-sexual-assault/" + step;
        var response = await _client.PostAsync(path, new FormUrlEncodedContent([new("continue", "x")]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(path));
    }

    [Test]
    public async Task An_unblocked_submit_is_answered_with_report_received()
    {
        var response = await _client.PostAsync(DemoSite.SubmitPath, new FormUrlEncodedContent([new("continue", "x")]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<h1>Report received</h1>"));
    }

    [Test]
    public async Task Does_not_serve_the_tracker_replica_as_part_of_the_site()
    {
        var response = await _client.GetAsync("/_replica/fbevents.js");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_variant_without_the_pixel_serves_the_same_pages_without_it()
    {
        await using var server = await DemoSite.StartAsync(new DemoSiteOptions { IncludeTrackers = false });
        using var client = new HttpClient { BaseAddress = server.BaseUrl };

        var html = await client.GetStringAsync("/report/rape-sexual-assault/");

        Assert.Multiple(() =>
        {
            Assert.That(Title().Match(html).Groups[1].Value, Is.EqualTo("Report rape or sexual assault | Northshire Police"));
            Assert.That(html, Does.Not.Contain("facebook").And.Not.Contain("fbq("));
            Assert.That(html, Does.Contain("application/ld+json"));
        });
    }

    [Test]
    public void Tracker_script_is_the_replica_and_says_so()
    {
        var script = Encoding.UTF8.GetString(DemoSite.ReadTrackerScript());
        Assert.That(script, Does.Contain("NOT Meta's code").And.Contain("https://www.facebook.com/tr/"));
    }

    [Test]
    public void Beacon_response_is_a_GIF()
    {
        Assert.That(Encoding.ASCII.GetString(DemoSite.ReadBeaconResponse(), 0, 6), Is.EqualTo("GIF89a"));
    }

    [Test]
    public void Bundles_the_demo_journeys()
    {
        var journeys = DemoSite.Journeys();
        Assert.That(journeys.Select(j => j.Name), Is.EqualTo(new[] { "answer-cookie-banner.yaml", "browse-offence-pages.yaml", "report-sexual-assault.yaml" }));
        Assert.That(journeys[2].Yaml, Does.Contain("name: Report sexual assault").And.Contain("**/report/rape-sexual-assault/submit*"));
    }

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex Title();
}
