using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.HubSpot;

namespace TrackerAudit.Tests.Trackers.HubSpot;

// The corpus has one HubSpot line (a page view); these requests are written from tracker-protocols-more.md section 1.12:
// __ptbe.gif (name in n, properties as _<name>), __ptc.gif (_hs_tag_name, _hs_element_text, _hs_link_href, _hs_element_id,
// _hs_element_class), the identify() payload in i (a URL-encoded query string, cleartext), k=15 form views, regional hosts,
// the loaders and the Collected Forms config.
public sealed class HubSpotDecoderTests
{
    private const string Track = "https://track.hubspot.com";

    private readonly HubSpotDecoder _decoder = new();

    private DecodeResult Decode(string url) => _decoder.Decode(Requests.Get(url));

    [Test]
    public void Splits_the_cleartext_identify_payload_into_an_Identify_event()
    {
        // The payload is a query string of its own (its values encoded), then encoded again as the value of i.
        var payload = "email=" + Uri.EscapeDataString("jane.doe@example.org") + "&firstname=Jane&lastname=Doe&phone=" + Uri.EscapeDataString("+44 7700 900123");
        var identify = Uri.EscapeDataString(payload);
        var result = Decode($"{Track}/__ptq.gif?k=1&a=8348326&pu=https%3A%2F%2Fa.example%2Fsupport&t=Support&vi=abc123&i={identify}&cts=1700069765111");

        Assert.That(result.Events.Select(e => e.Meaning), Is.EqualTo(new[] { EventMeaning.PageView, EventMeaning.Identify }));
        var pageView = result.Events[0];
        var identifyEvent = result.Events[1];
        Assert.Multiple(() =>
        {
            Assert.That(pageView.FieldsAt("i"), Is.Empty, "the payload belongs to the identify event");
            Assert.That(identifyEvent.Name, Is.EqualTo("identify"));
            Assert.That(identifyEvent.NameParameter, Is.EqualTo("i"));
            Assert.That(identifyEvent.AccountId, Is.EqualTo("8348326"));
            Assert.That(identifyEvent.PageUrl, Is.EqualTo("https://a.example/support"));
            Assert.That(identifyEvent.Field("i.email").Value, Is.EqualTo("jane.doe@example.org"));
            Assert.That(identifyEvent.Field("i.email").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(identifyEvent.Field("i.email").Meaning, Does.Contain("cleartext"));
            Assert.That(identifyEvent.Field("i.firstname").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(identifyEvent.Field("i.phone").Value, Is.EqualTo("+44 7700 900123"));
            Assert.That(identifyEvent.FieldsAt("vi"), Is.Empty, "the visitor id is reported once, on the page view");
        });
    }

    [Test]
    public void Decodes_a_click_with_the_clicked_elements_text_and_link()
    {
        var beacon = Decode($"{Track}/__ptc.gif?a=42&pu=https%3A%2F%2Fa.example%2F&_hs_tag_name=A&_hs_element_text=Find+an+abortion+clinic&_hs_link_href=https%3A%2F%2Fa.example%2Fclinics&_hs_element_id=cta&_hs_element_class=btn+primary")
            .Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("click"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(beacon.ClickedText, Is.EqualTo("Find an abortion clinic"));
            Assert.That(beacon.Field("_hs_element_text").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.Field("_hs_link_href").Value, Is.EqualTo("https://a.example/clinics"));
            Assert.That(beacon.FieldValue("_hs_element_class"), Is.EqualTo("btn primary"));
        });
    }

    [Test]
    public void Decodes_a_behavioural_event_by_its_name_with_its_properties()
    {
        var beacon = Decode($"{Track}/__ptbe.gif?a=42&n=pe42_report_started&_crime_type=assault&vi=abc").Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("pe42_report_started"));
            Assert.That(beacon.NameParameter, Is.EqualTo("n"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Custom));
            Assert.That(beacon.Field("_crime_type").Value, Is.EqualTo("assault"));
            Assert.That(beacon.Field("_crime_type").Meaning, Does.Contain("custom event property"));
        });
    }

    [Test]
    public void Calls_a_k15_hit_a_form_view()
    {
        var beacon = Decode($"{Track}/__ptq.gif?k=15&a=42&fi=7a1b&ft=0").Events.Single();

        Assert.That((beacon.Name, beacon.Meaning), Is.EqualTo(("form view", EventMeaning.Form)));
        Assert.That(beacon.FieldValue("fi"), Is.EqualTo("7a1b"));
    }

    [TestCase("https://track.hubspot.com/__ptq.gif?k=1", true)]
    [TestCase("https://track-eu1.hubspot.com/__ptq.gif?k=1", true)]
    [TestCase("https://track-na2.hubspot.com/__ptc.gif", true)]
    [TestCase("https://forms.hscollectedforms.net/collected-forms/submit/form", true)]
    [TestCase("https://forms-eu1.hscollectedforms.net/collected-forms/submit/form", true)]
    [TestCase("https://forms.hubspot.com/collected-forms/submit/form", true)]
    [TestCase("https://forms.hscollectedforms.net/collected-forms/v1/config/json?portalId=1&utk=", true)]
    [TestCase("https://js.hs-scripts.com/8348326.js", true)]
    [TestCase("https://js.hs-analytics.net/analytics/1700069700000/8348326.js", true)]
    [TestCase("https://js.hscollectedforms.net/collectedforms.js", true)]
    [TestCase("https://track.hubspot.com/other.gif", false)]
    [TestCase("https://tracker.hubspot.com/__ptq.gif", false)]
    [TestCase("https://track-.hubspot.com/__ptq.gif", false)]
    [TestCase("https://app.hubspot.com/__ptq.gif", false)]
    public void Claims_only_HubSpot_tracking_endpoints(string url, bool expected) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(expected));

    [Test]
    public void Decodes_script_and_settings_loads_with_the_portal()
    {
        var loader = Decode("https://js.hs-scripts.com/8348326.js").Events.Single();
        var config = Decode("https://forms.hscollectedforms.net/collected-forms/v1/config/json?portalId=8348326&utk=abc").Events.Single();

        Assert.That((loader.Kind, loader.AccountId), Is.EqualTo((TrackerEventKind.Library, "8348326")));
        Assert.That((config.Kind, config.AccountId), Is.EqualTo((TrackerEventKind.Config, "8348326")));
        Assert.That(config.Field("utk").Cookie, Is.EqualTo("hubspotutk"));
    }

    [Test]
    public void Malformed_beacons_decode_as_far_as_possible_without_throwing()
    {
        var noPortal = Decode($"{Track}/__ptq.gif?cts=soon&i=email%3D%ZZ");
        var noName = Decode($"{Track}/__ptbe.gif?a=1");

        Assert.That(noPortal.Events.Select(e => e.Name), Is.EqualTo(new[] { "(no event name)", "identify" }));
        Assert.That(noPortal.Warnings, Has.Some.Contains("a missing"));
        Assert.That(noPortal.Warnings, Has.Some.Contains("cts: 'soon'"));
        Assert.That(noPortal.Warnings, Has.Some.Contains("not valid percent-encoded"));
        Assert.That(noName.Events.Single().Name, Is.EqualTo("(no event name)"));
        Assert.That(noName.Warnings, Has.Some.Contains("n missing"));
    }
}
