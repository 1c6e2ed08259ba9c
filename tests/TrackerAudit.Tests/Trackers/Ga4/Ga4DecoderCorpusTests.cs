using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Ga4;

namespace TrackerAudit.Tests.Trackers.Ga4;

public sealed class Ga4DecoderCorpusTests
{
    private readonly Ga4Decoder _decoder = new();

    [Test]
    public void Decodes_every_g_collect_line_of_the_corpus_with_its_measurement_id()
    {
        var lines = 0;
        var events = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).AbsolutePath == "/g/collect"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var result = _decoder.Decode(request);
            Assert.That(result.Events, Is.Not.Empty, line.ToString());
            foreach (var trackerEvent in result.Events)
            {
                Assert.That(trackerEvent.AccountId, Does.StartWith("G-"), line.ToString());
                Assert.That(trackerEvent.Field("cid").Cookie, Is.EqualTo("_ga"), line.ToString());
                events++;
            }

            lines++;
        }

        // 7 in the edtech file, 4 in the nonprofit file; one nonprofit line is a batch of two events.
        Assert.That((lines, events), Is.EqualTo((11, 12)));
    }

    [Test]
    public void Decodes_a_page_view_with_its_page_client_and_session_ids_and_consent_in_words()
    {
        // edtech line 15: abcmouse login page, GA4 page_view on analytics.google.com with gcs and gcd.
        var request = Corpus.Request(Corpus.Edtech, 15, "https://analytics.google.com/g/collect?v=2&tid=G-DF6HYYR7DQ");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Tracker.Id, Is.EqualTo("ga4"));
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("G-DF6HYYR7DQ"));
            Assert.That((trackerEvent.Name, trackerEvent.NameParameter, trackerEvent.Meaning), Is.EqualTo(("page_view", "en", EventMeaning.PageView)));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://www.abcmouse.com/abc/login/"));
            Assert.That(trackerEvent.Referrer, Does.StartWith("https://www.abcmouse.com/abc/?"));
            Assert.That(trackerEvent.PageTitle, Does.StartWith("ABCmouse: Educational Games"));
            Assert.That(trackerEvent.Field("cid").Value, Is.EqualTo("1115136558.1700083985"));
            Assert.That(trackerEvent.Field("cid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("sid").Cookie, Is.EqualTo("_ga_DF6HYYR7DQ"));
            Assert.That(trackerEvent.Field("gcs").Meaning, Does.EndWith("ad_storage granted, analytics_storage granted"));
            Assert.That(trackerEvent.FieldValue("gcd.ad_storage"), Is.EqualTo("granted by default and by update"));
            Assert.That(trackerEvent.FieldValue("gcd.ad_user_data"), Is.EqualTo("not set"));
            Assert.That(trackerEvent.Field("_p").Value, Is.EqualTo("1700083984564"));
            Assert.That(trackerEvent.Field("dt").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(trackerEvent.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Splits_a_batch_body_into_one_event_per_CRLF_line_sharing_the_query()
    {
        // nonprofit line 190: marchofdimes, body "en=page_view\r\nen=page_view&_et=420", page and ids in the query.
        var request = Corpus.Request(Corpus.Nonprofit, 190, "https://analytics.google.com/g/collect?v=2&tid=G-WKEEF3FZ88");

        var events = _decoder.Decode(request).Events;

        Assert.Multiple(() =>
        {
            Assert.That(events, Has.Count.EqualTo(2));
            Assert.That(events.Select(e => e.Name), Is.All.EqualTo("page_view"));
            Assert.That(events.Select(e => e.AccountId), Is.All.EqualTo("G-WKEEF3FZ88"));
            Assert.That(events.Select(e => e.PageUrl), Is.All.EqualTo("https://www.marchofdimes.org/news/kmart-and-march-of-dimes-celebrate-100-million-raised-for-healthy-babies.aspx"));
            Assert.That(events[0].FieldsAt("_et"), Is.Empty);
            Assert.That(events[1].FieldValue("_et"), Is.EqualTo("420"));
            Assert.That(events[1].FieldValue("cid"), Is.EqualTo("1505708965.1634685430"));
            Assert.That(events[1].RawParameters[0], Is.EqualTo(new KeyValuePair<string, string>("en", "page_view")));
        });
    }

    [Test]
    public void Reads_a_scroll_event_with_how_far_the_visitor_scrolled()
    {
        // edtech line 16: abcmouse, en=scroll with epn.percent_scrolled=90.
        var request = Corpus.Request(Corpus.Edtech, 16, "https://analytics.google.com/g/collect?v=2&tid=G-DF6HYYR7DQ");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((trackerEvent.Name, trackerEvent.Meaning), Is.EqualTo(("scroll", EventMeaning.Custom)));
            Assert.That(trackerEvent.FieldValue("epn.percent_scrolled"), Is.EqualTo("90"));
            Assert.That(trackerEvent.Field("epn.percent_scrolled").Meaning, Does.Contain("scrolled"));
        });
    }

    [Test]
    public void Marks_the_stats_doubleclick_copy_as_a_duplicate_of_the_analytics_hit()
    {
        // edtech line 19: xtramath, the Signals copy with only v, tid, cid, gtm, aip, dma, gcd.
        var request = Corpus.Request(Corpus.Edtech, 19, "https://stats.g.doubleclick.net/g/collect?v=2&tid=G-8S2V5RTT86");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("G-8S2V5RTT86"));
            Assert.That(trackerEvent.FieldValue("cid"), Is.EqualTo("107301369.1700069764"));
            Assert.That(trackerEvent.Warnings, Is.Empty);
        });
    }
}
