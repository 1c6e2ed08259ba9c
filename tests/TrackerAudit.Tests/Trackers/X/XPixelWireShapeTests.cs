using System.Net;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.X;

namespace TrackerAudit.Tests.Trackers.X;

// Shapes of reference section 1.8 the corpus lacks (event tags, dv, hashed e-mail, several events, cookies),
// written from the reference.
public sealed class XPixelWireShapeTests
{
    private const string Beacon = "https://analytics.twitter.com/i/adsct";

    private readonly XPixelDecoder _decoder = new();

    [Test]
    public void Decodes_an_event_tag_with_its_event_object_as_a_conversion()
    {
        // Section 1.8: /1/i/adsct?...&event={...}&txn_id=<event-tag id>.
        var eventJson = WebUtility.UrlEncode("{\"value\":\"25.00\",\"currency\":\"USD\",\"contents\":[{\"content_id\":\"donation\"}]}");
        var url = $"https://analytics.twitter.com/1/i/adsct?p_id=Twitter&p_user_id=0&txn_id=tw-abc12-def34&event={eventJson}&tw_document_href=https%3A%2F%2Fexample.org%2Fdonate";

        var conversion = _decoder.Decode(Requests.Get(url)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(conversion.Name, Is.EqualTo("tw-abc12-def34"));
            Assert.That(conversion.NameParameter, Is.EqualTo("txn_id"));
            Assert.That(conversion.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(conversion.FieldValue("event.value"), Is.EqualTo("25.00"));
            Assert.That(conversion.FieldValue("event.contents[0].content_id"), Is.EqualTo("donation"));
            Assert.That(conversion.PageUrl, Is.EqualTo("https://example.org/donate"));
        });
    }

    [Test]
    public void Splits_the_device_descriptor_into_fingerprint_fields()
    {
        // Section 1.8's dv example, percent-encoded as a query value.
        var dv = WebUtility.UrlEncode("America/Los_Angeles&en-US&Google Inc.&MacIntel&127&375&812&8&24&375&812&0&na");

        var hit = _decoder.Decode(Requests.Get($"{Beacon}?txn_id=abcde&events=%5B%5B%22pageview%22%2C%7B%7D%5D%5D&dv={dv}")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.FieldValue("dv.timezone"), Is.EqualTo("America/Los_Angeles"));
            Assert.That(hit.FieldValue("dv.language"), Is.EqualTo("en-US"));
            Assert.That(hit.FieldValue("dv.platform"), Is.EqualTo("MacIntel"));
            Assert.That(hit.FieldValue("dv[12]"), Is.EqualTo("na"));
            Assert.That(hit.Field("dv.timezone").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }

    [Test]
    public void Marks_email_and_phone_parameters_as_hashed_identifiers()
    {
        // Section 1.8: Blacklight treats email/phone_number in the query as advanced matching.
        const string hash = "973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b";
        var hit = _decoder.Decode(Requests.Get($"{Beacon}?txn_id=abcde&events=%5B%5B%22pageview%22%2C%7B%7D%5D%5D&email={hash}&phone_number=5551234567&p_user_id=12345")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Field("email").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(hit.Field("email").Meaning, Does.Not.Contain("NOT"));
            Assert.That(hit.Field("phone_number").Meaning, Does.Contain("NOT a SHA-256 hash"));
            Assert.That(hit.Field("p_user_id").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        });
    }

    [Test]
    public void Decodes_one_event_per_entry_of_the_events_list()
    {
        var events = WebUtility.UrlEncode("[[\"pageview\",{}],[\"Purchase\",{\"value\":\"9\"}]]");

        var decoded = _decoder.Decode(Requests.Get($"{Beacon}?txn_id=abcde&events={events}")).Events;

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Select(e => e.Name), Is.EqualTo(new[] { "pageview", "Purchase" }));
            Assert.That(decoded[1].Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(decoded[1].FieldValue("events[1][1].value"), Is.EqualTo("9"));
            Assert.That(decoded[0].FieldsAt("events[1][1].value"), Is.Empty);
        });
    }

    [Test]
    public void Names_xs_own_cookies_sent_with_a_hit()
    {
        // Nonprofit line 14 (cityofhope.org, t.co twin) with a Cookie header as a browser sends it to t.co.
        var request = Corpus.Request(Corpus.Nonprofit, 14, "https://t.co/i/adsct?").WithCookie("muc_ads=1a2b; personalization_id=\"v1_abc==\"");

        var twin = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Field("cookie:muc_ads").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(twin.Field("cookie:personalization_id").Value, Is.EqualTo("v1_abc=="));
        });
    }

    [TestCase("https://analytics.twitter.com/i/adsct?txn_id=a", true)]
    [TestCase("https://t.co/i/adsct?txn_id=a", true)]
    [TestCase("https://analytics.twitter.com/1/i/adsct?txn_id=a", true)]
    [TestCase("https://static.ads-twitter.com/uwt.js", true)]
    [TestCase("https://t.co/AbCdEf", false)]
    [TestCase("https://twitter.com/i/adsct", false)]
    public void Claims_only_xs_hit_and_library_urls(string url, bool claimed) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(claimed));

    [Test]
    public void Bad_events_json_is_a_warning_and_the_hit_is_still_decoded()
    {
        var result = _decoder.Decode(Requests.Get($"{Beacon}?txn_id=abcde&events=%5B%5B%22pagev&tw_document_href=https%3A%2F%2Fexample.org%2F"));

        var hit = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(hit.Name, Is.EqualTo("(no event name)"));
            Assert.That(hit.PageUrl, Is.EqualTo("https://example.org/"));
            Assert.That(hit.AccountId, Is.EqualTo("abcde"));
            Assert.That(result.Warnings, Has.Some.StartWith("events: not valid JSON"));
        });
    }

    [Test]
    public void A_hit_without_parameters_is_decoded_with_warnings()
    {
        var result = _decoder.Decode(Requests.Get(Beacon));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().AccountId, Is.Null);
            Assert.That(result.Warnings, Has.Some.StartWith("txn_id missing"));
        });
    }
}
