using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.GoogleAds;

namespace TrackerAudit.Tests.Trackers.GoogleAds;

// Requests written from tracker-protocols-more.md §1.3: the corpus has no ccm/collect, site event or em token.
public sealed class GoogleAdsDecoderReferenceTests
{
    private readonly GoogleAdsDecoder _decoder = new();

    [Test]
    public void Decodes_a_site_event_packed_in_the_data_parameter()
    {
        var request = Requests.Get("https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456/?url=https%3A%2F%2Fsite.example%2Fcontact"
            + "&data=event%3Dgenerate_lead%3Bevent_category%3Dnormal%3Bevent_action%3DSubmitted%3Bevent_label%3DPage%20Name%3A%20Contact%20us");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((trackerEvent.Name, trackerEvent.Meaning), Is.EqualTo(("generate_lead", EventMeaning.Conversion)));
            Assert.That(trackerEvent.FieldValue("data.event_label"), Is.EqualTo("Page Name: Contact us"));
            Assert.That(trackerEvent.Field("data.event_action").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Decodes_ccm_collect_as_a_page_view_sent_to_google_com()
    {
        var request = Requests.Post("https://www.google.com/ccm/collect?en=page_view&dl=https%3A%2F%2Fsite.example%2Freport&dt=Report%20it"
            + "&auid=1847086586.1681754295&tid=AW-123456&gcd=13r3r3r3r5&gtm=45be", null, "");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That((trackerEvent.Name, trackerEvent.Meaning, trackerEvent.AccountId), Is.EqualTo(("page_view", EventMeaning.PageView, "AW-123456")));
            Assert.That((trackerEvent.PageUrl, trackerEvent.PageTitle), Is.EqualTo(("https://site.example/report", "Report it")));
            Assert.That(trackerEvent.FieldValue("gcd.ad_storage"), Is.EqualTo("denied by default, granted by update"));
            Assert.That(trackerEvent.Field("auid").Cookie, Is.EqualTo("_gcl_au"));
        });
    }

    [Test]
    public void Reads_the_hashed_user_data_of_an_enhanced_conversion()
    {
        var hash = new string('0', 64);
        var request = Requests.Get($"https://www.googleadservices.com/pagead/conversion/123456/?label=abc&value=1&em=tv.1~em.{hash}~pn.{hash}&url=https%3A%2F%2Fsite.example%2F");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(trackerEvent.Field("em[em]").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("em[pn]").Meaning, Does.Contain("phone"));
        });
    }

    [TestCase("https://www.google.co.uk/pagead/1p-user-list/123456/?random=1&url=https%3A%2F%2Fsite.example%2F", TrackerEventKind.Duplicate)]
    [TestCase("https://www.googleadservices.com/pagead/conversion_async.js", TrackerEventKind.Library)]
    [TestCase("https://www.googletagmanager.com/gtag/js?id=AW-123456", TrackerEventKind.Library)]
    public void Reads_the_other_hosts_and_loads_of_the_family(string url, TrackerEventKind kind)
    {
        var request = Requests.Get(url);

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(_decoder.Decode(request).Events.Single().Kind, Is.EqualTo(kind));
        });
    }

    [TestCase("https://www.google.com/search?q=pagead")]
    [TestCase("https://googleads.g.doubleclick.net/pagead/ads?client=ca-pub-1")]
    [TestCase("https://www.google.com.evil.example/pagead/1p-user-list/1/")]
    [TestCase("https://td.doubleclick.net/td/fls/rul/activityi;src=1")]
    public void Does_not_claim_other_Google_urls(string url) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.False);

    [Test]
    public void Decodes_a_broken_data_parameter_without_throwing()
    {
        var request = Requests.Get("https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/?data=event%3D%E2%28;;=x&url=%ZZ");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().AccountId, Is.EqualTo("AW-1"));
            Assert.That(result.Warnings, Has.Some.Contains("url"));
        });
    }
}
