using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Reddit;

namespace TrackerAudit.Tests.Trackers.Reddit;

// The corpus has no Reddit request: these are written from tracker-protocols-more.md, section 1.15.
public sealed class RedditDecoderTests
{
    private readonly RedditDecoder _decoder = new();

    [Test]
    public void Decodes_the_advertiser_event_page_and_browser_id_of_a_pixel_beacon()
    {
        var request = Requests.Get("https://alb.reddit.com/rp.gif?ts=1700083208854&id=a2_abc123&event=PageVisit"
            + "&esurl=https%3A%2F%2Fclinic.example%2Freport%2Fassault&uuid=3f1c2c1e-1111-4222-8333-444455556666&v=rdt_1a2b3c&opt_out=0");

        var visit = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(visit.Tracker.Id, Is.EqualTo("reddit"));
            Assert.That(visit.AccountId, Is.EqualTo("a2_abc123"));
            Assert.That(visit.Name, Is.EqualTo("PageVisit"));
            Assert.That(visit.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(visit.PageUrl, Is.EqualTo("https://clinic.example/report/assault"));
            Assert.That(visit.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700083208854)));
            Assert.That(visit.Field("uuid").Cookie, Is.EqualTo("_rdt_uuid"));
            Assert.That(visit.Field("uuid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        });
    }

    [Test]
    public void Names_a_custom_event_by_its_custom_name_and_reads_metadata_and_hashed_contact_data()
    {
        var request = Requests.Get("https://alb.reddit.com/rp.gif?id=a2_abc123&event=Custom&m.customEventName=FormStarted"
            + "&m.value=12,50&m.currency=EUR&em=6b3a55e0261b0304143f805a24924d0c1c44524821305f31d9277843b8a10f4e"
            + "&auto_em=aa11,bb22&auto_pn=0.9~cc33%7C0.1~dd44");

        var custom = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(custom.Name, Is.EqualTo("FormStarted"));
            Assert.That(custom.NameParameter, Is.EqualTo("m.customEventName"));
            Assert.That(custom.FieldValue("m.value"), Is.EqualTo("12,50"));
            Assert.That(custom.Field("em").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(custom.Field("auto_em").Meaning, Does.Contain("by itself"));
            Assert.That(custom.FieldValue("auto_pn"), Is.EqualTo("0.9~cc33|0.1~dd44"));
        });
    }

    [TestCase("Lead", EventMeaning.Conversion)]
    [TestCase("SignUp", EventMeaning.Conversion)]
    [TestCase("Search", EventMeaning.Custom)]
    public void Gives_each_standard_event_its_meaning(string name, EventMeaning meaning)
    {
        var result = _decoder.Decode(Requests.Get($"https://alb.reddit.com/rp.gif?id=a2_x&event={name}"));

        Assert.That(result.Events.Single().Meaning, Is.EqualTo(meaning));
    }

    [Test]
    public void Claims_only_the_beacon_and_the_library_not_other_reddit_pages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(Requests.Get("https://www.redditstatic.com/ads/pixel.js", "script")), Is.True);
            Assert.That(_decoder.CanDecode(Requests.Get("https://www.reddit.com/r/privacy/")), Is.False);
            Assert.That(_decoder.CanDecode(Requests.Get("https://alb.reddit.com/other.gif?id=a2_x")), Is.False);
        });
    }

    [Test]
    public void Warns_about_a_beacon_without_event_and_bad_percent_encoding_without_throwing()
    {
        var result = _decoder.Decode(Requests.Get("https://alb.reddit.com/rp.gif?id=a2_x&esurl=%E0%A4%A&ts=notanumber"));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("(no event name)"));
            Assert.That(beacon.EventTime, Is.Null);
            Assert.That(result.Warnings, Has.Some.Contains("event"));
        });
    }

    [Test]
    public void Claims_no_line_of_the_corpus_since_all_of_them_belong_to_other_trackers()
    {
        var claimed = Corpus.All().Where(line => _decoder.CanDecode(line.Request())).Select(line => line.ToString()).ToList();

        Assert.That(claimed, Is.Empty);
    }
}
