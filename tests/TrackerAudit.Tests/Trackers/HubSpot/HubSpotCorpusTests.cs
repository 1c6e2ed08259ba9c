using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.HubSpot;

namespace TrackerAudit.Tests.Trackers.HubSpot;

public sealed class HubSpotCorpusTests
{
    private readonly HubSpotDecoder _decoder = new();

    [Test]
    public void Decodes_the_page_view_with_portal_page_title_referrer_and_visitor_cookies()
    {
        // Edtech line 25: xtramath.org, GET https://track.hubspot.com/__ptq.gif?k=1&...&a=8348326&...&vi=365f52fe...
        var result = _decoder.Decode(Corpus.Request(Corpus.Edtech, 25, "https://track.hubspot.com/__ptq.gif?k=1&"));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(beacon.TrackerId, Is.EqualTo("hubspot"));
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(beacon.AccountId, Is.EqualTo("8348326"));
            Assert.That(beacon.Name, Is.EqualTo("page view"));
            Assert.That(beacon.NameParameter, Is.EqualTo("k"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://home.xtramath.org/"));
            Assert.That(beacon.PageTitle, Is.EqualTo("XtraMath - 10 minutes a day for math fact fluency"));
            Assert.That(beacon.Referrer, Is.EqualTo("https://xtramath.org/"));
            Assert.That(beacon.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700069765111)));
            Assert.That(beacon.LibraryVersion, Is.EqualTo("1.1"));
            Assert.That(beacon.Field("vi").Value, Is.EqualTo("365f52fed0feb2964f658915a37a291d"));
            Assert.That(beacon.Field("vi").Cookie, Is.EqualTo("hubspotutk"));
            Assert.That(beacon.Field("vi").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("u").Cookie, Is.EqualTo("__hstc"));
            Assert.That(beacon.Field("u").Value, Does.Contain(".365f52fed0feb2964f658915a37a291d."));
            Assert.That(beacon.Field("b").Cookie, Is.EqualTo("__hssc"));
            Assert.That(beacon.Field("bfp").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(beacon.Field("sd").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }
}
