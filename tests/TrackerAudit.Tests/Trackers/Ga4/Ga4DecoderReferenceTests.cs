using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Ga4;

namespace TrackerAudit.Tests.Trackers.Ga4;

// Requests written from tracker-protocols-more.md §1.1 (automatic capture, hashed PII, first-party proxies):
// the corpus has no form_start, click, em or server-side-tagging hit.
public sealed class Ga4DecoderReferenceTests
{
    private const string Shared = "v=2&tid=G-TEST123&cid=111.222&sid=1700000000&dl=https%3A%2F%2Fsite.example%2Freport&dt=Report%20a%20crime";

    private readonly Ga4Decoder _decoder = new();

    [Test]
    public void Decodes_an_automatic_form_start_as_a_form_event_with_the_form_fields()
    {
        var request = Requests.Post($"https://region1.google-analytics.com/g/collect?{Shared}", "text/plain;charset=UTF-8",
            "en=form_start&ep.form_id=gform_2&ep.form_name=&ep.form_destination=https%3A%2F%2Fsite.example%2F&epn.form_length=16&ep.first_field_id=input_2_1&ep.first_field_name=input_1&ep.first_field_type=text&epn.first_field_position=1");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((trackerEvent.Name, trackerEvent.Meaning), Is.EqualTo(("form_start", EventMeaning.Form)));
            Assert.That(trackerEvent.FieldValue("ep.form_id"), Is.EqualTo("gform_2"));
            Assert.That(trackerEvent.FieldValue("ep.form_destination"), Is.EqualTo("https://site.example/"));
            Assert.That(trackerEvent.Field("ep.first_field_name").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(trackerEvent.PageTitle, Is.EqualTo("Report a crime"));
        });
    }

    [Test]
    public void Decodes_an_outbound_click_with_the_link_text_as_the_clicked_text()
    {
        var request = Requests.Post($"https://www.google-analytics.com/g/collect?{Shared}&en=click&ep.link_url=https%3A%2F%2Fother.example%2Fhelp&ep.link_text=Get%20help%20now&ep.outbound=true", null, "");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(trackerEvent.ClickedText, Is.EqualTo("Get help now"));
            Assert.That(trackerEvent.FieldValue("ep.link_url"), Is.EqualTo("https://other.example/help"));
        });
    }

    [Test]
    public void Reads_event_and_user_properties_the_user_id_and_the_hashed_email_token()
    {
        var hash = new string('e', 64);
        var request = Requests.Post($"https://www.google-analytics.com/g/collect?{Shared}&uid=account-42&em=tv.1~em.{hash}", null,
            "en=generate_lead&ep.event_label=Contact%20form&up.member_type=patient&upn.visits=3");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(trackerEvent.Field("uid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("em[em]").Value, Is.EqualTo(hash));
            Assert.That(trackerEvent.Field("em[em]").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("up.member_type").Meaning, Does.Contain("user property"));
            Assert.That(trackerEvent.Field("upn.visits").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(trackerEvent.Field("ep.event_label").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void A_body_line_overrides_the_query_and_each_line_is_its_own_event()
    {
        var request = Requests.Post($"https://analytics.google.com/g/collect?{Shared}", "text/plain;charset=UTF-8",
            "en=scroll&epn.percent_scrolled=25&_et=115\r\nen=scroll&epn.percent_scrolled=50&_et=2&dt=Other%20title\r\n");

        var events = _decoder.Decode(request).Events;

        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.FieldValue("epn.percent_scrolled")), Is.EqualTo(new[] { "25", "50" }));
            Assert.That(events.Select(e => e.PageTitle), Is.EqualTo(new[] { "Report a crime", "Other title" }));
            Assert.That(events[1].FieldsAt("dt"), Has.Count.EqualTo(1));
        });
    }

    [TestCase("https://metrics.site.example/g/collect?v=2&tid=G-TEST123&en=page_view&dl=https%3A%2F%2Fsite.example%2F")]
    [TestCase("https://site.example/x7q/?v=2&tid=G-TEST123&en=page_view&dl=https%3A%2F%2Fsite.example%2F")]
    public void Reads_GA4_served_from_the_site_own_domain_with_its_first_party_cookies(string url)
    {
        var request = Requests.Post(url, null, "").WithCookie("_ga=GA1.1.111.222; _ga_TEST123=GS1.1.1700000000.1.0.1700000000.0.0.0; other=1");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("G-TEST123"));
            Assert.That(trackerEvent.Field("cookie:_ga").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("cookie:_ga_TEST123").Meaning, Does.Contain("session"));
            Assert.That(trackerEvent.Field("cookie:other").Sensitivity, Is.EqualTo(FieldSensitivity.Unknown));
        });
    }

    [TestCase("https://site.example/g/collect?v=1&tid=UA-1-1&t=pageview")]
    [TestCase("https://site.example/search?q=tid%3DG-ABC&v=2")]
    [TestCase("https://www.google-analytics.com/collect?v=1&tid=UA-1-1")]
    [TestCase("https://site.example/page?xtid=G-TEST&v=2")]
    public void Does_not_claim_requests_that_are_not_GA4(string url) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.False);

    [Test]
    public void Marks_a_remarketing_audiences_hit_with_a_G_id_as_a_duplicate()
    {
        var request = Requests.Get("https://www.google.com/ads/ga-audiences?v=1&t=sr&_r=4&tid=G-TEST123&cid=111.222&z=1");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("G-TEST123"));
        });
    }

    [Test]
    public void Records_a_load_of_the_Google_tag_for_a_G_id_as_a_library_load()
    {
        var trackerEvent = _decoder.Decode(Requests.Get("https://www.googletagmanager.com/gtag/js?id=G-TEST123&l=dataLayer", "script")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Library));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("G-TEST123"));
        });
    }
}
