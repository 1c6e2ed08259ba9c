using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Uet;

namespace TrackerAudit.Tests.Trackers.Uet;

public sealed class UetCorpusTests
{
    private readonly UetDecoder _decoder = new();

    [Test]
    public void Decodes_every_bat_bing_line_of_the_shared_corpus_with_its_tag_id_and_event_type()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host == "bat.bing.com"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var result = _decoder.Decode(request);
            var beacon = result.Events.Single();
            Assert.Multiple(() =>
            {
                Assert.That(result.Warnings, Is.Empty, line.ToString());
                Assert.That(beacon.TrackerId, Is.EqualTo("microsoft-uet"), line.ToString());
                Assert.That(beacon.AccountId, Does.Match("^[0-9]+$"), line.ToString());
                Assert.That(beacon.Name, Is.AnyOf("pageLoad", "pageHide"), line.ToString());
                Assert.That(beacon.Field("sid").Cookie, Is.EqualTo("_uetsid"), line.ToString());
                Assert.That(beacon.Field("vid").Cookie, Is.EqualTo("_uetvid"), line.ToString());
            });
            decoded++;
        }

        // 2 in the edtech file (abcmouse's action and actionp), 14 in the nonprofit file.
        Assert.That(decoded, Is.EqualTo(16));
    }

    [Test]
    public void Decodes_a_page_load_with_page_title_referrer_and_ids_tied_to_their_cookies()
    {
        // Nonprofit line 79: plannedparenthood.org, GET https://bat.bing.com/action/0?ti=5061699&tm=gtm002&...&evt=pageLoad.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 79, "https://bat.bing.com/action/0?ti=5061699&tm=gtm002")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(beacon.AccountId, Is.EqualTo("5061699"));
            Assert.That(beacon.Name, Is.EqualTo("pageLoad"));
            Assert.That(beacon.NameParameter, Is.EqualTo("evt"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(beacon.Transport, Is.EqualTo("GET"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/"));
            Assert.That(beacon.PageTitle, Is.EqualTo("Planned Parenthood | Official Site"));
            Assert.That(beacon.Referrer, Is.EqualTo(""));
            Assert.That(beacon.LibraryVersion, Is.EqualTo("2"));
            Assert.That(beacon.Field("sid").Value, Is.EqualTo("a9fb5510301c11eca3d77dc964cec25b"));
            Assert.That(beacon.Field("sid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("vid").Value, Is.EqualTo("a9fe7930301c11ec86ad790efd97c087"));
            Assert.That(beacon.Field("msclkid").Sensitivity, Is.EqualTo(FieldSensitivity.Low), "N: no ad click");
            Assert.That(beacon.Field("tm").Meaning, Does.Contain("Google Tag Manager"));
            Assert.That(beacon.Field("sw").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }

    [Test]
    public void Decodes_the_pages_meta_keywords_collected_automatically()
    {
        // Nonprofit line 11: cityofhope.org, GET https://bat.bing.com/action/0?ti=5063020&..., kw= the page's meta keywords.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 11, "https://bat.bing.com/action/0?ti=5063020")).Events.Single();

        Assert.That(beacon.Field("kw").Value, Does.StartWith("cancer, diabetes, HIV, hospital"));
        Assert.That(beacon.Field("kw").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        Assert.That(beacon.PageTitle, Is.EqualTo("Top Cancer Treatment and Research Center | City of Hope | California"));
    }

    [Test]
    public void Decodes_a_single_page_app_view_with_its_path_and_referrer()
    {
        // Edtech line 7: abcmouse.com, GET https://bat.bing.com/action/0?ti=4021041&...&page_path=%2Fabc%2Flogin%2F&spa=Y&...
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Edtech, 7, "https://bat.bing.com/action/0?ti=4021041")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.abcmouse.com/abc/login/"));
            Assert.That(beacon.FieldValue("page_path"), Is.EqualTo("/abc/login/"));
            Assert.That(beacon.FieldValue("spa"), Is.EqualTo("Y"));
            Assert.That(beacon.Referrer, Does.StartWith("https://www.abcmouse.com/abc/?"));
            Assert.That(beacon.Field("sid").Value, Is.EqualTo("8f760d4083fe11eeab5977abde535b86"));
        });
    }

    [Test]
    public void Decodes_the_sendBeacon_page_hide_hit()
    {
        // Edtech line 6: abcmouse.com, POST https://bat.bing.com/actionp/0?ti=4021041&...&evt=pageHide, no body.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Edtech, 6, "https://bat.bing.com/actionp/0?ti=4021041")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("pageHide"));
            Assert.That(beacon.Meaning, Is.EqualTo(EventMeaning.Custom));
            Assert.That(beacon.Transport, Is.EqualTo("SB"));
            Assert.That(beacon.AccountId, Is.EqualTo("4021041"));
            Assert.That(beacon.PageUrl, Is.Null);
        });
    }
}
