using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Snap;

namespace TrackerAudit.Tests.Trackers.Snap;

// Endpoints from tracker-protocols-more.md section 1.9 ("Other endpoints") and section 1.0 (tr\d*.snapchat.com).
public sealed class SnapPixelDecoderEndpointTests
{
    private readonly SnapPixelDecoder _decoder = new();

    [TestCase("https://tr.snapchat.com/p", true)]
    [TestCase("https://tr6.snapchat.com/p?pid=x&ev=PAGE_VIEW", true)]
    [TestCase("https://tr.snapchat.com/cm/i?pid=x", true)]
    [TestCase("https://tr.snapchat.com/config/com/x.json", true)]
    [TestCase("https://tr.snapchat.com/collector/is_enabled", true)]
    [TestCase("https://sc-static.net/scevent.min.js", true)]
    [TestCase("https://www.snapchat.com/p", false)]
    [TestCase("https://trx.snapchat.com/p", false)]
    [TestCase("https://tr.snapchat.com.evil.example/p", false)]
    [TestCase("https://tr.snapchat.com/unknown", false)]
    [TestCase("https://sc-static.net/other.js", false)]
    public void Claims_only_Snap_pixel_endpoints(string url, bool expected) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(expected));

    [Test]
    public void Decodes_a_config_load_with_the_pixel_id_from_its_path()
    {
        var trackerEvent = _decoder.Decode(Requests.Get("https://tr.snapchat.com/config/com/11111111-2222-3333-4444-555555555555.json?v=3.44.6", "fetch")).Events.Single();

        Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Config));
        Assert.That(trackerEvent.AccountId, Is.EqualTo("11111111-2222-3333-4444-555555555555"));
        Assert.That(trackerEvent.LibraryVersion, Is.EqualTo("3.44.6"));
    }

    [Test]
    public void Decodes_a_library_load()
    {
        var trackerEvent = _decoder.Decode(Requests.Get("https://sc-static.net/scevent.min.js", "script")).Events.Single();

        Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Library));
        Assert.That(trackerEvent.Name, Is.EqualTo("library loaded"));
    }

    [Test]
    public void Decodes_hashed_phone_and_custom_data_from_a_GET_written_from_the_reference()
    {
        // Omnibug's keys, reference section 1.9 shape 2: u_hpn hashed phone, e_* custom data.
        var url = "https://tr.snapchat.com/p?pid=p1&ev=SIGN_UP&pl=https%3A%2F%2Fa.example%2Fjoin&u_hpn=" + new string('a', 64) + "&e_sm=email&e_ss=hiv+test";
        var beacon = _decoder.Decode(Requests.Get(url)).Events.Single();

        Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Conversion));
        Assert.That(beacon.Field("u_hpn").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        Assert.That(beacon.Field("e_ss").Value, Is.EqualTo("hiv test"));
        Assert.That(beacon.Field("e_ss").Sensitivity, Is.EqualTo(FieldSensitivity.High));
    }

    [Test]
    public void Malformed_requests_decode_as_far_as_possible_without_throwing()
    {
        var huge = new string('x', 2_000_000);
        var results = new[]
        {
            _decoder.Decode(Requests.Post("https://tr.snapchat.com/p", "application/x-www-form-urlencoded", "pid=p1&ev=%ZZ&pl=" + huge)),
            _decoder.Decode(Requests.Post("https://tr.snapchat.com/p", null, "")),
            _decoder.Decode(Requests.Get("https://tr.snapchat.com/p?ts=yesterday")),
            _decoder.Decode(Requests.Post("https://tr.snapchat.com/p", "text/plain", "[" + huge)),
            _decoder.Decode(Requests.Get("https://tr.snapchat.com/p").WithCookie("sc_at=v2|H4sIbroken")),
        };

        Assert.That(results.Select(r => r.Events.Count), Is.All.EqualTo(1));
        Assert.That(results[0].Events[0].AccountId, Is.EqualTo("p1"));
        Assert.That(results[0].Warnings, Has.Some.Contains("not valid percent-encoded"));
        Assert.That(results[0].Events[0].PageUrl, Has.Length.EqualTo(huge.Length));
        Assert.That(results[1].Warnings, Has.Some.Contains("POST without a body"));
        Assert.That(results[2].Warnings, Has.Some.Contains("ts: 'yesterday'"));
        Assert.That(results[2].Warnings, Has.Some.Contains("pid missing"));
        Assert.That(results[3].Warnings, Has.Some.Contains("not valid JSON"));
        Assert.That(results[4].Events[0].FieldValue("cookie:sc_at"), Is.EqualTo("v2|H4sIbroken"));
    }
}
