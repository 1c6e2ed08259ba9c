using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelDecoderCookieTests
{
    private const string Cookies =
        "datr=Xyz_datr123; sb=Sb_val; c_user=100012345678901; xs=12%3AabcDEF%3A2%3A1700000000%3A-1%3A-1; fr=0abc.def.ghi; wd=1512x982";

    private readonly MetaPixelDecoder _decoder = new();

    [Test]
    public void Ties_the_event_to_the_logged_in_Facebook_account()
    {
        // Corpus line 10: abcmouse.com, https://www.facebook.com/tr/?id=686407008078166&ev=PageView... with Facebook's cookies added.
        var request = Requests.FromCorpusLine(MetaCorpusLines.Line10AbcMousePageView).WithCookie(Cookies);

        var beacon = _decoder.Decode(request).Events.Single();

        var account = beacon.Field("cookie:c_user");
        Assert.Multiple(() =>
        {
            Assert.That(account.Value, Is.EqualTo("100012345678901"));
            Assert.That(account.Meaning, Is.EqualTo("Facebook account id of the logged-in person"));
            Assert.That(account.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.FieldValue("cookie:xs"), Is.EqualTo("12:abcDEF:2:1700000000:-1:-1"));
            Assert.That(
                new[] { "cookie:xs", "cookie:fr", "cookie:datr", "cookie:sb" }.Select(p => beacon.Field(p).Sensitivity),
                Is.All.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("cookie:wd").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(beacon.RawParameters.Select(p => p.Key), Has.None.StartsWith("cookie"));
        });
    }

    [Test]
    public void Adds_the_cookies_to_every_event_of_a_batch()
    {
        var request = Requests.Post("https://www.facebook.com/tr/", "application/x-www-form-urlencoded",
            "batch=1&events%5B%5D=id%3D1%26ev%3DLead&events%5B%5D=id%3D1%26ev%3DContact").WithCookie("c_user=42");

        var events = _decoder.Decode(request).Events;

        Assert.That(events.Select(e => e.FieldValue("cookie:c_user")), Is.EqualTo(new[] { "42", "42" }));
    }

    [Test]
    public void Adds_no_cookie_fields_without_a_cookie_header()
    {
        // Corpus line 10: abcmouse.com, https://www.facebook.com/tr/?id=686407008078166&ev=PageView...
        var beacon = _decoder.Decode(Requests.FromCorpusLine(MetaCorpusLines.Line10AbcMousePageView)).Events.Single();

        Assert.That(beacon.Fields.Select(f => f.Path), Has.None.StartsWith(MetaCookies.PathPrefix));
    }
}
