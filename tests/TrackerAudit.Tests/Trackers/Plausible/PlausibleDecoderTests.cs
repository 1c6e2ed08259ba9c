using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Plausible;

namespace TrackerAudit.Tests.Trackers.Plausible;

// The corpus has no Plausible request: these are written from tracker-protocols-more.md, section 1.18.
public sealed class PlausibleDecoderTests
{
    private readonly PlausibleDecoder _decoder = new();

    [Test]
    public void Decodes_the_script_payload_with_domain_as_account_page_and_referrer()
    {
        var request = Requests.Post("https://plausible.io/api/event", "text/plain",
            "{\"n\":\"pageview\",\"u\":\"https://clinic.example/report/rape\",\"d\":\"clinic.example\",\"r\":\"https://search.example/\",\"w\":390}");

        var view = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(view.Tracker.Id, Is.EqualTo("plausible"));
            Assert.That(view.AccountId, Is.EqualTo("clinic.example"));
            Assert.That(view.Name, Is.EqualTo("pageview"));
            Assert.That(view.NameParameter, Is.EqualTo("n"));
            Assert.That(view.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(view.PageUrl, Is.EqualTo("https://clinic.example/report/rape"));
            Assert.That(view.Referrer, Is.EqualTo("https://search.example/"));
            Assert.That(view.Field("w").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }

    [Test]
    public void Reads_custom_properties_sent_as_a_json_string_in_p()
    {
        var request = Requests.Post("https://stats.clinic.example/api/event", "text/plain",
            "{\"n\":\"Form: Submission\",\"u\":\"https://clinic.example/report\",\"d\":\"clinic.example\",\"r\":null,\"w\":1280,\"p\":\"{\\\"form\\\":\\\"report\\\"}\"}");

        var form = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(form.Meaning, Is.EqualTo(EventMeaning.Form));
            Assert.That(form.FieldValue("p.form"), Is.EqualTo("report"));
            Assert.That(form.Field("p.form").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Decodes_the_events_api_form_with_props_object()
    {
        var request = Requests.Post("https://plausible.io/api/event", "application/json",
            "{\"name\": \"Signup\", \"url\": \"https://example.org/join\", \"domain\": \"example.org\", \"props\": {\"plan\": \"free\"}}");

        var signup = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(signup.Name, Is.EqualTo("Signup"));
            Assert.That(signup.NameParameter, Is.EqualTo("name"));
            Assert.That(signup.AccountId, Is.EqualTo("example.org"));
            Assert.That(signup.FieldValue("props.plan"), Is.EqualTo("free"));
        });
    }

    [TestCase("{\"name\":\"Alice\",\"message\":\"hello\"}")]
    [TestCase("{\"event\":\"n\",\"data\":\"d\",\"url\":\"u\"}")]
    [TestCase("name=x&domain=y&url=z")]
    public void Does_not_claim_a_site_api_of_the_same_path(string body)
    {
        Assert.That(_decoder.CanDecode(Requests.Post("https://shop.example/api/event", "application/json", body)), Is.False);
    }

    [Test]
    public void Keeps_a_truncated_payload_with_a_warning()
    {
        var result = _decoder.Decode(Requests.Post("https://plausible.io/api/event", "text/plain", "{\"n\":\"pageview\",\"u\":\"https://exa"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no event name)"));
            Assert.That(result.Warnings, Has.Some.Contains("not valid JSON"));
        });
    }

    [Test]
    public void Claims_no_line_of_the_corpus_since_all_of_them_belong_to_other_trackers()
    {
        var claimed = Corpus.All().Where(line => _decoder.CanDecode(line.Request())).Select(line => line.ToString()).ToList();

        Assert.That(claimed, Is.Empty);
    }
}
