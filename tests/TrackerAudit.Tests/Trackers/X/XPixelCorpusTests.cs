using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.X;

namespace TrackerAudit.Tests.Trackers.X;

// Every test reads its line of the shared corpus at run time and cites it: file, line, start of the URL.
public sealed class XPixelCorpusTests
{
    private const string Beacon = "https://analytics.twitter.com/i/adsct?";
    private const string Twin = "https://t.co/i/adsct?";

    private readonly XPixelDecoder _decoder = new();

    [Test]
    public void Decodes_every_x_line_of_the_shared_corpus_as_one_beacon_and_one_duplicate_per_hit()
    {
        var kinds = new List<TrackerEventKind>();
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host is "t.co" or "analytics.twitter.com"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var result = _decoder.Decode(request);
            var hit = result.Events.Single();
            Assert.Multiple(() =>
            {
                Assert.That(hit.AccountId, Does.Match("^[a-z0-9]{5}$"), $"{line}: pixel id");
                Assert.That(hit.Name, Is.EqualTo("pageview"), line.ToString());
                Assert.That(hit.PageUrl, Does.StartWith("https://www."), line.ToString());
                Assert.That(result.Warnings, Is.Empty, line.ToString());
            });
            kinds.Add(hit.Kind);
        }

        // 12 in the nonprofit file: six twins.
        Assert.Multiple(() =>
        {
            Assert.That(kinds.Count(kind => kind == TrackerEventKind.Beacon), Is.EqualTo(6));
            Assert.That(kinds.Count(kind => kind == TrackerEventKind.Duplicate), Is.EqualTo(6));
        });
    }

    [Test]
    public void Decodes_a_pageview_beacon_with_its_page_and_pixel_id()
    {
        // Nonprofit line 13: cityofhope.org, analytics.twitter.com/i/adsct with events=[["pageview",{}]] and txn_id=nvd6c.
        var hit = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 13, Beacon)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Tracker.Id, Is.EqualTo("x"));
            Assert.That(hit.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(hit.Name, Is.EqualTo("pageview"));
            Assert.That(hit.NameParameter, Is.EqualTo("events"));
            Assert.That(hit.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(hit.AccountId, Is.EqualTo("nvd6c"));
            Assert.That(hit.PageUrl, Is.EqualTo("https://www.cityofhope.org/homepage"));
            Assert.That(hit.LibraryVersion, Is.EqualTo("2.0.4"));
            Assert.That(hit.Field("tw_document_href").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(hit.FieldValue("events[0][0]"), Is.EqualTo("pageview"));
            Assert.That(hit.FieldValue("tw_iframe_status"), Is.EqualTo("0"));
            Assert.That(hit.FieldValue("tpx_cb"), Is.EqualTo("twttr.conversion.loadPixels"));
            Assert.That(hit.FieldValue("tw_sale_amount"), Is.EqualTo("0"));
            Assert.That(hit.FieldValue("tw_order_quantity"), Is.EqualTo("0"));
            Assert.That(hit.FieldValue("event_id"), Is.EqualTo("7a0a7b1b-249b-4874-a88e-11268dd79b16"));
            Assert.That(hit.Field("p_user_id").Sensitivity, Is.EqualTo(FieldSensitivity.Low));
        });
    }

    [Test]
    public void The_t_co_twin_of_a_hit_is_its_duplicate()
    {
        // Nonprofit lines 13 and 14: cityofhope.org, the same hit (event_id 7a0a7b1b-...) to analytics.twitter.com and t.co.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 13, Beacon)).Events.Single();
        var twin = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 14, Twin)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(twin.FieldValue("event_id"), Is.EqualTo(beacon.FieldValue("event_id")));
            Assert.That(twin.PageUrl, Is.EqualTo(beacon.PageUrl));
            Assert.That(twin.AccountId, Is.EqualTo(beacon.AccountId));
        });
    }

    [Test]
    public void Decodes_the_older_pageview_with_null_data_sent_to_t_co_first()
    {
        // Nonprofit line 146: marchofdimes.org, t.co/i/adsct with events=[["pageview",null]], sent before its twin (line 157).
        var twin = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 146, Twin)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(twin.Name, Is.EqualTo("pageview"));
            Assert.That(twin.AccountId, Is.EqualTo("o0bkw"));
            Assert.That(twin.FieldValue("events[0][1]"), Is.EqualTo("null"));
            Assert.That(twin.PageUrl, Is.EqualTo("https://www.marchofdimes.org/"));
        });
    }
}
