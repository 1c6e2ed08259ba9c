using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.AdobeAnalytics;

namespace TrackerAudit.Tests.Trackers.AdobeAnalytics;

public sealed class AdobeAnalyticsDecoderTests
{
    private const string FirstPartyHit = "https://smetrics.savethechildren.org/b/ss/stcf.prod.us/5.1/JS-2.22.1-LBWB/s";

    private readonly AdobeAnalyticsDecoder _decoder = new();

    [Test]
    public void Decodes_a_page_view_on_a_first_party_cname_with_report_suite_page_and_visitor_id()
    {
        // Nonprofit line 260 (savethechildren.org): the home page view, GET on smetrics.<site>.
        var request = Corpus.Request(Corpus.Nonprofit, 260, FirstPartyHit);

        var result = _decoder.Decode(request);

        var view = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(view.Tracker.Id, Is.EqualTo("adobe-analytics"));
            Assert.That(view.AccountId, Is.EqualTo("stcf.prod.us"));
            Assert.That(view.Name, Is.EqualTo("page view"));
            Assert.That(view.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(view.PageTitle, Is.EqualTo("Homepage"));
            Assert.That(view.PageUrl, Is.EqualTo("https://www.savethechildren.org/"));
            Assert.That(view.LibraryVersion, Is.EqualTo("JS-2.22.1-LBWB"));
            Assert.That(view.EventTime, Is.EqualTo(new DateTimeOffset(2021, 10, 19, 14, 47, 32, TimeSpan.Zero)));
            Assert.That(view.FieldValue("events"), Is.EqualTo("event79=1.446"));
            Assert.That(view.Field("mid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(view.Field("mid").Cookie, Is.EqualTo("AMCV_6B0E659F56A9E70D7F000101@AdobeOrg"));
            Assert.That(view.FieldValue("v3"), Is.EqualTo("Leadgen_Homepage-Signup"));
            Assert.That(view.Field("v3").Meaning, Does.StartWith("eVar3"));
            Assert.That(view.Field("v3").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Nests_context_data_into_dotted_paths_and_says_what_a_dynamic_variable_copies()
    {
        // Nonprofit line 260: "cid." ... ".cid" wraps the customer id; v2=D=pageName copies the page name.
        var view = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 260, FirstPartyHit)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(view.FieldValue("cid.userid.id"), Is.EqualTo(view.FieldValue("mid")));
            Assert.That(view.Field("cid.userid.id").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(view.FieldValue("v2"), Is.EqualTo("D=pageName"));
            Assert.That(view.Field("v2").Meaning, Does.Contain("same value as pageName"));
            Assert.That(view.FieldsAt("cid."), Is.Empty);
        });
    }

    [Test]
    public void Decodes_a_custom_link_hit_named_by_its_link_name()
    {
        // Nonprofit line 269 (savethechildren.org): s.tl() reporting the footer e-mail sign-up form was abandoned.
        var link = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 269, FirstPartyHit)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(link.Name, Is.EqualTo("formAbandonment"));
            Assert.That(link.NameParameter, Is.EqualTo("pev2"));
            Assert.That(link.Meaning, Is.EqualTo(EventMeaning.Custom));
            Assert.That(link.FieldValue("pe"), Is.EqualTo("lnk_o"));
            Assert.That(link.FieldValue("v3"), Is.EqualTo("footer-email-signup"));
        });
    }

    [Test]
    public void Decodes_all_five_adobe_lines_of_the_corpus_with_report_suite_and_page()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => line.Url.Contains("/b/ss/", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var hit = _decoder.Decode(request).Events.Single();
            Assert.That(hit.AccountId, Is.EqualTo("stcf.prod.us"), line.ToString());
            Assert.That(hit.PageUrl, Does.StartWith("https://www.savethechildren.org/"), line.ToString());
            decoded++;
        }

        Assert.That(decoded, Is.EqualTo(5));
    }

    [Test]
    public void Reads_an_activity_map_click_as_a_click_with_its_text()
    {
        // A POST body as AppMeasurement sends it (tracker-protocols-more.md section 1.16), with Activity Map context data.
        var body = "AQB=1&ndh=1&pe=lnk_o&pev2=Report%20an%20assault&g=https%3A%2F%2Fclinic.example%2Freport"
            + "&c.&a.&activitymap.&page=report&link=Report%20an%20assault&region=main&.activitymap&.a&.c&AQE=1";
        var request = Requests.Post("https://clinic.sc.omtrdc.net/b/ss/clinicprod,clinicglobal/1/JS-2.22.0/s123", "application/x-www-form-urlencoded", body);

        var click = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(click.AccountId, Is.EqualTo("clinicprod,clinicglobal"));
            Assert.That(click.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(click.ClickedText, Is.EqualTo("Report an assault"));
            Assert.That(click.FieldValue("c.a.activitymap.region"), Is.EqualTo("main"));
            Assert.That(click.Warnings, Is.Empty);
        });
    }

    [TestCase("https://www.shop.example/b/ss/sale/2/shoes")]
    [TestCase("https://www.shop.example/b/ss/sale/2/shoes?size=42&colour=red")]
    [TestCase("https://www.shop.example/blog/b/ss/?AQB=1")]
    public void Does_not_claim_a_first_party_request_without_adobe_parameters(string url)
    {
        Assert.That(_decoder.CanDecode(Requests.Get(url, "document")), Is.False);
    }

    [Test]
    public void Warns_when_the_hit_is_cut_short_and_a_context_group_is_left_open()
    {
        var request = Requests.Get("https://smetrics.clinic.example/b/ss/clinic/1/JS-2.22.0/s1?AQB=1&pageName=Report&c.&a.&page=x");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().PageTitle, Is.EqualTo("Report"));
            Assert.That(result.Warnings, Has.Some.Contains("never closed"));
            Assert.That(result.Warnings, Has.Some.Contains("AQE"));
        });
    }

    [Test]
    public void Reads_a_huge_evar_whole_and_a_bad_time_as_no_time()
    {
        var huge = new string('x', 500_000);
        var request = Requests.Get($"https://metrics.example.org/b/ss/suite/1/JS-2.22.0/s1?AQB=1&t=99%2F99%2F2021&v1={huge}&pageName=P&AQE=1");

        var hit = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.FieldValue("v1"), Has.Length.EqualTo(huge.Length));
            Assert.That(hit.EventTime, Is.Null);
            Assert.That(hit.PageTitle, Is.EqualTo("P"));
        });
    }
}
