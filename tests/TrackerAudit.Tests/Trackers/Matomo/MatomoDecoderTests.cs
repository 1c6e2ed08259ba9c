using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Matomo;

namespace TrackerAudit.Tests.Trackers.Matomo;

// The corpus has no Matomo request: these are written from tracker-protocols-more.md, section 1.17, and Matomo's
// Tracking HTTP API reference it cites.
public sealed class MatomoDecoderTests
{
    private readonly MatomoDecoder _decoder = new();

    [Test]
    public void Decodes_a_self_hosted_page_view_with_site_title_page_referrer_and_visitor_id()
    {
        var request = Requests.Get("https://stats.council.example/analytics/matomo.php?action_name=Report%20a%20rape&idsite=3&rec=1&r=123456"
            + "&h=14&m=2&s=9&url=https%3A%2F%2Fcouncil.example%2Freport%2Frape&urlref=https%3A%2F%2Fcouncil.example%2F"
            + "&_id=1a2b3c4d5e6f7a8b&_idn=0&send_image=0&res=1280x720&pv_id=Ab12Cd&cvar=%7B%221%22%3A%5B%22section%22%2C%22victims%22%5D%7D");

        var view = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(view.Tracker.Id, Is.EqualTo("matomo"));
            Assert.That(view.AccountId, Is.EqualTo("3"));
            Assert.That(view.Name, Is.EqualTo("pageview"));
            Assert.That(view.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(view.PageTitle, Is.EqualTo("Report a rape"));
            Assert.That(view.PageUrl, Is.EqualTo("https://council.example/report/rape"));
            Assert.That(view.Referrer, Is.EqualTo("https://council.example/"));
            Assert.That(view.Field("_id").Cookie, Is.EqualTo("_pk_id"));
            Assert.That(view.Field("_id").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(view.FieldValue("cvar.1[1]"), Is.EqualTo("victims"));
            Assert.That(view.Field("res").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }

    [Test]
    public void Names_an_event_by_its_action_and_a_search_as_a_site_search()
    {
        var eventHit = _decoder.Decode(Requests.Get("https://example.org/piwik.php?idsite=1&rec=1&e_c=Form&e_a=Started&e_n=Report%20form")).Events.Single();
        var search = _decoder.Decode(Requests.Get("https://example.org/piwik.php?idsite=1&rec=1&search=morning%20after%20pill&search_count=4")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(eventHit.Name, Is.EqualTo("Started"));
            Assert.That(eventHit.NameParameter, Is.EqualTo("e_a"));
            Assert.That(eventHit.FieldValue("e_n"), Is.EqualTo("Report form"));
            Assert.That(search.Name, Is.EqualTo("site search"));
            Assert.That(search.Field("search").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Reads_a_form_post_with_no_query()
    {
        var request = Requests.Post("https://example.org/matomo.php", "application/x-www-form-urlencoded; charset=UTF-8",
            "action_name=Contact&idsite=7&rec=1&url=https%3A%2F%2Fexample.org%2Fcontact&link=https%3A%2F%2Fout.example%2F");

        var link = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(link.AccountId, Is.EqualTo("7"));
            Assert.That(link.Name, Is.EqualTo("outlink"));
            Assert.That(link.Meaning, Is.EqualTo(EventMeaning.Click));
        });
    }

    [Test]
    public void Decodes_each_entry_of_a_bulk_body_as_its_own_event()
    {
        var body = "{\"requests\":[\"?idsite=2&rec=1&action_name=Home&url=https%3A%2F%2Fexample.org%2F\","
            + "\"?idsite=2&rec=1&e_c=Video&e_a=Play&url=https%3A%2F%2Fexample.org%2Fwatch\",\"?idsite=2&rec=1&ping=1\"]}";
        var request = Requests.Post("https://example.org/matomo.php", "application/json", body);

        var events = _decoder.Decode(request).Events;

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(events.Select(e => e.Name), Is.EqualTo(new[] { "pageview", "Play", "ping" }));
            Assert.That(events.Select(e => e.AccountId), Is.All.EqualTo("2"));
            Assert.That(events[1].PageUrl, Is.EqualTo("https://example.org/watch"));
        });
    }

    [Test]
    public void Keeps_the_entries_before_a_truncated_bulk_body_with_a_warning()
    {
        var request = Requests.Post("https://example.org/matomo.php", "application/json", "{\"requests\":[\"?idsite=2&rec=1&action_name=Home\",\"?idsite=2&re");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().PageTitle, Is.EqualTo("Home"));
            Assert.That(result.Warnings, Has.Some.Contains("not valid"));
        });
    }

    [TestCase("https://example.org/matomo.php")]
    [TestCase("https://example.org/matomo.php?lang=en")]
    [TestCase("https://example.org/docs/piwik.php.html?idsite=1")]
    [TestCase("https://example.org/index.php?idsite=1&rec=1")]
    public void Does_not_claim_a_first_party_request_without_a_site_id_on_a_tracker_path(string url)
    {
        Assert.That(_decoder.CanDecode(Requests.Get(url, "document")), Is.False);
    }

    [Test]
    public void Claims_no_line_of_the_corpus_since_all_of_them_belong_to_other_trackers()
    {
        var claimed = Corpus.All().Where(line => _decoder.CanDecode(line.Request())).Select(line => line.ToString()).ToList();

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void Keeps_a_huge_page_url_whole_and_bad_custom_variables_raw_with_a_warning()
    {
        var huge = new string('a', 1_000_000);
        var request = Requests.Get($"https://example.org/matomo.php?idsite=1&rec=1&url=https%3A%2F%2Fexample.org%2F{huge}&cvar=%7B%221%22%3A%5B");

        var result = _decoder.Decode(request);

        var view = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(view.PageUrl, Has.Length.EqualTo("https://example.org/".Length + huge.Length));
            Assert.That(view.FieldValue("cvar"), Is.EqualTo("{\"1\":["));
            Assert.That(result.Warnings, Has.Some.Contains("cvar"));
        });
    }
}
