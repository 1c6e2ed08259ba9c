using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Hotjar;

namespace TrackerAudit.Tests.Trackers.Hotjar;

public sealed class HotjarDecoderTests
{
    private const string VisitData = "https://in.hotjar.com/api/v2/client/sites/";

    private readonly HotjarDecoder _decoder = new();

    [Test]
    public void Decodes_the_site_id_as_account_and_the_user_id_linked_to_its_cookie()
    {
        // Nonprofit line 88 (plannedparenthood.org): visit-data POST, text/plain JSON body.
        var request = Corpus.Request(Corpus.Nonprofit, 88, VisitData + "1436451/visit-data?sv=6");

        var result = _decoder.Decode(request);

        var visit = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(visit.Tracker.Id, Is.EqualTo("hotjar"));
            Assert.That(visit.AccountId, Is.EqualTo("1436451"));
            Assert.That(visit.Name, Is.EqualTo("visit-data"));
            Assert.That(visit.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(visit.Field("user_id").Value, Is.EqualTo("71647d4e-cda2-5d9f-9ac1-8e0b4ed3458d"));
            Assert.That(visit.Field("user_id").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(visit.Field("user_id").Cookie, Is.EqualTo("_hjSessionUser_1436451"));
            Assert.That(visit.FieldValue("sv"), Is.EqualTo("6"));
            Assert.That(visit.FieldValue("rec_value"), Is.EqualTo("1"));
        });
    }

    [Test]
    public void Takes_the_page_from_the_referer_header_since_the_body_names_none()
    {
        // Nonprofit line 136 (gatewayrehab.org): sent from the adolescent programmes page; 1 visit in 100 recorded.
        var request = Corpus.Request(Corpus.Nonprofit, 136, VisitData + "2455436/visit-data?sv=7");

        var visit = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(visit.AccountId, Is.EqualTo("2455436"));
            Assert.That(visit.PageUrl, Is.EqualTo("https://www.gatewayrehab.org/services/adolescent-programs"));
            Assert.That(visit.Field("header:referer").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(visit.FieldValue("rec_value"), Is.EqualTo("0.01"));
            Assert.That(visit.Field("rec_value").Meaning, Does.Contain("recorded"));
        });
    }

    [Test]
    public void Decodes_all_six_hotjar_lines_of_the_corpus_with_site_and_user()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host == "in.hotjar.com"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var visit = _decoder.Decode(request).Events.Single();
            Assert.That(visit.AccountId, Is.Not.Null.And.Not.Empty, line.ToString());
            Assert.That(visit.Field("user_id").Value, Has.Length.EqualTo(36), line.ToString());
            decoded++;
        }

        Assert.That(decoded, Is.EqualTo(6));
    }

    [Test]
    public void Reads_the_site_script_load_as_config_naming_the_site()
    {
        // The loader's URL shape, tracker-protocols-more.md section 1.14.
        var request = Requests.Get("https://static.hotjar.com/c/hotjar-2455436.js?sv=7", "script");

        var load = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(load.Kind, Is.EqualTo(TrackerEventKind.Config));
            Assert.That(load.AccountId, Is.EqualTo("2455436"));
        });
    }

    [TestCase("{\"r_value\":1,\"user_id\":\"71647d4e-cda2")]
    [TestCase("not json at all")]
    [TestCase("")]
    public void Keeps_a_broken_body_with_a_warning_and_still_names_the_site(string body)
    {
        var request = Requests.Post(VisitData + "99/visit-data?sv=6", "text/plain; charset=UTF-8", body);

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().AccountId, Is.EqualTo("99"));
            Assert.That(result.Warnings, body.Length == 0 ? Is.Empty : Is.Not.Empty);
        });
    }
}
