using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Pinterest;

namespace TrackerAudit.Tests.Trackers.Pinterest;

// The corpus has no Pinterest request: these are written from tracker-protocols-more.md section 1.10
// (GET /v3/?tid=<13 digits>&event=...&ed=<JSON>&pd=<JSON>&ad=<JSON>&cb=<ms>; /user/?tid&pd&cb&dep=2,PAGE_LOAD;
// POST /md/ {"urls":{"loc","canonical"},"meta":{"og":...}}; the noscript form ?event&tid&noscript=1&ed[value]&pd[em]),
// and section 1.0 (_pin_unauth carried as pd.pin_unauth).
public sealed class PinterestDecoderTests
{
    private const string Hash = "24aba99b5b7e0a5c5e5d0a0f1f2e3d4c5b6a79888796a5b4c3d2e1f00112233b0";

    private readonly PinterestDecoder _decoder = new();

    private static string Q(string json) => Uri.EscapeDataString(json);

    [Test]
    public void Decodes_an_event_with_its_JSON_event_data_hashed_email_and_automatic_page_data()
    {
        var url = "https://ct.pinterest.com/v3/?tid=2612345678901&event=lead"
            + "&ed=" + Q("""{"lead_type":"callback","value":0,"currency":"GBP","event_id":"e-1","line_items":[{"product_name":"STI test kit"}]}""")
            + "&pd=" + Q($$"""{"em":"{{Hash}}","pin_unauth":"dWlkPU5qTXdN","np":"gtm"}""")
            + "&ad=" + Q("""{"loc":"https://clinic.example/sti/book","ref":"https://clinic.example/sti","if":false,"sh":812,"sw":375,"is_eu":true,"ecm_enabled":true}""")
            + "&cb=1752000000000";

        var result = _decoder.Decode(Requests.Get(url));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(beacon.TrackerId, Is.EqualTo("pinterest"));
            Assert.That(beacon.AccountId, Is.EqualTo("2612345678901"));
            Assert.That(beacon.Name, Is.EqualTo("lead"));
            Assert.That(beacon.NameParameter, Is.EqualTo("event"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://clinic.example/sti/book"));
            Assert.That(beacon.Referrer, Is.EqualTo("https://clinic.example/sti"));
            Assert.That(beacon.PageTitle, Is.Null, "the tag sends no title");
            Assert.That(beacon.Field("pd.em").Value, Is.EqualTo(Hash));
            Assert.That(beacon.Field("pd.em").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("pd.em").Meaning, Does.Contain("hashed e-mail"));
            Assert.That(beacon.Field("pd.pin_unauth").Cookie, Is.EqualTo("_pin_unauth"));
            Assert.That(beacon.Field("ed.lead_type").Value, Is.EqualTo("callback"));
            Assert.That(beacon.Field("ed.line_items[0].product_name").Value, Is.EqualTo("STI test kit"));
            Assert.That(beacon.Field("ad.loc").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.Field("ad.sw").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(beacon.Field("ad.ecm_enabled").Value, Is.EqualTo("true"));
            Assert.That(beacon.RawParameters.Select(p => p.Key), Is.EqualTo(new[] { "tid", "event", "ed", "pd", "ad", "cb" }));
        });
    }

    [Test]
    public void Calls_a_pagevisit_a_page_view()
    {
        var beacon = _decoder.Decode(Requests.Get("https://ct.pinterest.com/v3/?tid=1&event=pagevisit&ad=" + Q("""{"loc":"https://a.example/"}"""))).Events.Single();

        Assert.That((beacon.Meaning, beacon.PageUrl), Is.EqualTo((EventMeaning.PageView, "https://a.example/")));
    }

    [Test]
    public void Decodes_the_user_hit_as_an_Identify_beacon_with_its_hashed_data()
    {
        var beacon = _decoder.Decode(Requests.Get($"https://ct.pinterest.com/user/?tid=2612345678901&pd={Q($$"""{"em":"{{Hash}}"}""")}&cb=1&dep=2,PAGE_LOAD")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(beacon.Name, Is.EqualTo("user data"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Identify));
            Assert.That(beacon.AccountId, Is.EqualTo("2612345678901"));
            Assert.That(beacon.FieldValue("pd.em"), Is.EqualTo(Hash));
            Assert.That(beacon.FieldValue("dep"), Is.EqualTo("2,PAGE_LOAD"));
        });
    }

    [Test]
    public void Reads_the_noscript_forms_bracketed_keys_as_the_same_fields()
    {
        var beacon = _decoder.Decode(Requests.Get($"https://ct.pinterest.com/v3/?event=checkout&tid=1&noscript=1&ed%5Bvalue%5D=30&pd%5Bem%5D={Hash}")).Events.Single();

        Assert.That(beacon.Field("pd.em").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        Assert.That(beacon.FieldValue("ed.value"), Is.EqualTo("30"));
        Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Conversion));
    }

    [Test]
    public void Decodes_posted_page_metadata()
    {
        var body = """{"urls":{"loc":"https://a.example/hiv","canonical":"https://a.example/hiv"},"meta":{"og":"<meta property=\"og:title\" content=\"Living with HIV\">"}}""";

        var beacon = _decoder.Decode(Requests.Post("https://ct.pinterest.com/md/", "application/json", body, "xhr")).Events.Single();

        Assert.That(beacon.Name, Is.EqualTo("page metadata"));
        Assert.That(beacon.PageUrl, Is.EqualTo("https://a.example/hiv"));
        Assert.That(beacon.Field("meta.og").Value, Does.Contain("Living with HIV"));
        Assert.That(beacon.Field("meta.og").Sensitivity, Is.EqualTo(FieldSensitivity.High));
    }

    [Test]
    public void Reads_Pinterests_cookies_as_identifiers()
    {
        var request = Requests.Get("https://ct.pinterest.com/v3/?tid=1&event=pagevisit").WithCookie("_pinterest_ct_ua=TWc9PSZ1; _epik=dj0yJnU9");

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.That(beacon.Field("cookie:_pinterest_ct_ua").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        Assert.That(beacon.Field("cookie:_epik").Cookie, Is.EqualTo("_epik"));
    }

    [TestCase("https://ct.pinterest.com/v3/?tid=1", true)]
    [TestCase("https://ct.pinterest.com/user/?tid=1", true)]
    [TestCase("https://ct.pinterest.com/md/", true)]
    [TestCase("https://ct.pinterest.com/ct.html", true)]
    [TestCase("https://s.pinimg.com/ct/core.js", true)]
    [TestCase("https://ct.pinterest.com/static/ct/token_create.js", true)]
    [TestCase("https://www.pinterest.com/v3/", false)]
    [TestCase("https://s.pinimg.com/images/a.jpg", false)]
    public void Claims_only_Pinterest_Tag_endpoints(string url, bool expected) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(expected));

    [Test]
    public void Library_loads_are_not_beacons()
    {
        Assert.That(_decoder.Decode(Requests.Get("https://s.pinimg.com/ct/core.js")).Events.Single().Kind, Is.EqualTo(TrackerEventKind.Library));
    }

    [Test]
    public void Malformed_hits_decode_as_far_as_possible_without_throwing()
    {
        var badJson = _decoder.Decode(Requests.Get("https://ct.pinterest.com/v3/?tid=1&event=lead&ed=" + Q("""{"value":""") + "&pd=%7B%ZZ"));
        var nothing = _decoder.Decode(Requests.Get("https://ct.pinterest.com/v3/"));
        var badBody = _decoder.Decode(Requests.Post("https://ct.pinterest.com/md/", "application/json", "{\"urls\":"));

        Assert.That(badJson.Events.Single().FieldValue("ed"), Is.EqualTo("""{"value":"""));
        Assert.That(badJson.Warnings, Has.Some.Contains("ed: not valid JSON"));
        Assert.That(badJson.Warnings, Has.Some.Contains("not valid percent-encoded"));
        Assert.That(nothing.Events.Single().Name, Is.EqualTo("(no event name)"));
        Assert.That(nothing.Warnings, Has.Some.Contains("tid missing"));
        Assert.That(badBody.Warnings, Has.Some.Contains("not valid JSON"));
    }
}
