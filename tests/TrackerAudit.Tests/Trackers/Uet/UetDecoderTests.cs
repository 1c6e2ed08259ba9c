using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Uet;

namespace TrackerAudit.Tests.Trackers.Uet;

// Requests written from tracker-protocols-more.md section 1.11 (custom events ec/ea/el/ev/gv, pid = em=<sha256>&ph=<sha256>,
// asc = G/D) and section 1.0 (the MUID cookie of bing.com; consent signals).
public sealed class UetDecoderTests
{
    private const string Hash = "b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514";

    private readonly UetDecoder _decoder = new();

    private TrackerEvent DecodeSingle(string url) => _decoder.Decode(Requests.Get(url)).Events.Single();

    [Test]
    public void Names_a_custom_event_by_its_action_and_counts_a_lead_as_a_conversion()
    {
        var beacon = DecodeSingle("https://bat.bing.com/action/0?ti=123&Ver=2&evt=custom&ec=form&ea=submit_lead_form&el=Rape+crisis+callback&ev=1&gv=10&gc=GBP&p=https%3A%2F%2Fa.example%2Fhelp");

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("submit_lead_form"));
            Assert.That(beacon.NameParameter, Is.EqualTo("ea"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(beacon.Field("el").Value, Is.EqualTo("Rape crisis callback"));
            Assert.That(beacon.Field("el").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.FieldValue("gv"), Is.EqualTo("10"));
        });
    }

    [Test]
    public void Names_a_custom_event_without_action_by_its_category_else_by_its_type()
    {
        Assert.That(DecodeSingle("https://bat.bing.com/action/0?ti=1&evt=custom&ec=video").Name, Is.EqualTo("video"));
        var bare = DecodeSingle("https://bat.bing.com/action/0?ti=1&evt=custom");
        Assert.That((bare.Name, bare.NameParameter, bare.Meaning), Is.EqualTo(("custom", "evt", EventMeaning.Custom)));
    }

    [Test]
    public void Decodes_hashed_email_and_phone_inside_pid()
    {
        var beacon = DecodeSingle($"https://bat.bing.com/action/0?ti=1&evt=custom&ea=purchase&pid=em%3D{Hash}%26ph%3D{Hash[..63]}f");

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Field("pid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("pid.em").Value, Is.EqualTo(Hash));
            Assert.That(beacon.Field("pid.em").Meaning, Does.Contain("hashed e-mail"));
            Assert.That(beacon.Field("pid.em").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("pid.ph").Meaning, Does.Contain("hashed phone"));
        });
    }

    [TestCase("G", "granted")]
    [TestCase("D", "denied")]
    [TestCase("X", "not a known value")]
    public void Decodes_the_asc_consent_signal_into_words(string asc, string words)
    {
        var beacon = DecodeSingle($"https://bat.bing.com/action/0?ti=1&evt=pageLoad&asc={asc}");

        Assert.That(beacon.Field("asc").Meaning, Does.Contain("ad storage (Microsoft consent mode): " + words));
    }

    [Test]
    public void Reads_Microsofts_MUID_cookie_as_an_identifier()
    {
        var request = Requests.Get("https://bat.bing.com/action/0?ti=1&evt=pageLoad").WithCookie("MUID=0A1B2C3D4E5F; MR=0");

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.That(beacon.Field("cookie:MUID").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        Assert.That(beacon.Field("cookie:MR").Sensitivity, Is.EqualTo(FieldSensitivity.Low));
    }

    [Test]
    public void A_click_id_from_an_ad_is_an_identifier()
    {
        Assert.That(DecodeSingle("https://bat.bing.com/action/0?ti=1&evt=pageLoad&msclkid=3f1c0e2a9b7d1c2e").Field("msclkid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
    }

    [TestCase("https://bat.bing.com/action/0?ti=1", true)]
    [TestCase("https://bat.bing.com/actionp/0?ti=1", true)]
    [TestCase("https://bat.bing.com/bat.js", true)]
    [TestCase("https://bat.bing.com/p/action/123.js", true)]
    [TestCase("https://www.bing.com/action/0?ti=1", false)]
    [TestCase("https://bat.bing.com/other", false)]
    public void Claims_only_UET_endpoints(string url, bool expected) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(expected));

    [Test]
    public void Decodes_library_and_tag_configuration_loads()
    {
        var library = DecodeSingle("https://bat.bing.com/bat.js");
        var config = DecodeSingle("https://bat.bing.com/p/action/5061699.js");

        Assert.That((library.Kind, library.AccountId), Is.EqualTo((TrackerEventKind.Library, (string?)null)));
        Assert.That((config.Kind, config.AccountId), Is.EqualTo((TrackerEventKind.Config, "5061699")));
    }

    [Test]
    public void Malformed_hits_decode_as_far_as_possible_without_throwing()
    {
        var noTag = _decoder.Decode(Requests.Get("https://bat.bing.com/action/0?p=%E0%A4%A&pid=em%3D%ZZ"));
        var huge = _decoder.Decode(Requests.Get("https://bat.bing.com/action/0?ti=1&evt=pageLoad&tl=" + new string('t', 1_000_000)));

        Assert.That(noTag.Events.Single().Name, Is.EqualTo("(no event name)"));
        Assert.That(noTag.Warnings, Has.Some.Contains("ti missing"));
        Assert.That(noTag.Warnings, Has.Some.Contains("evt missing"));
        Assert.That(noTag.Warnings, Has.Some.Contains("not valid percent-encoded"));
        Assert.That(huge.Events.Single().PageTitle, Has.Length.EqualTo(1_000_000));
    }
}
