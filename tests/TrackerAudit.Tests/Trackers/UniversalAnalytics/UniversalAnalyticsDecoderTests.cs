using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.UniversalAnalytics;

namespace TrackerAudit.Tests.Trackers.UniversalAnalytics;

public sealed class UniversalAnalyticsDecoderTests
{
    private readonly UniversalAnalyticsDecoder _decoder = new();

    [Test]
    public void Decodes_every_collect_line_of_the_corpus_with_its_property_and_hit_type()
    {
        var beacons = 0;
        var duplicates = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url) is { Host: "www.google-analytics.com" or "stats.g.doubleclick.net" } uri
            && uri.AbsolutePath is "/collect" or "/j/collect" or "/r/collect"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var trackerEvent = _decoder.Decode(request).Events.Single();
            Assert.That(trackerEvent.AccountId, Does.StartWith("UA-"), line.ToString());
            Assert.That(trackerEvent.Field("t").Value, Is.Not.Empty, line.ToString());
            Assert.That(trackerEvent.Field("cid").Cookie, Is.EqualTo("_ga"), line.ToString());
            _ = trackerEvent.Kind == TrackerEventKind.Duplicate ? duplicates++ : beacons++;
        }

        // 1 in the edtech file, 49 in the nonprofit file, of which 8 are the stats.g.doubleclick.net copies.
        Assert.That((beacons, duplicates), Is.EqualTo((42, 8)));
    }

    [Test]
    public void Decodes_a_pageview_posted_as_a_form_body_with_custom_dimensions()
    {
        // nonprofit line 60: plannedparenthood home page, a UA pageview in a text/plain body with cg1.. and cd1...
        var request = Corpus.Request(Corpus.Nonprofit, 60, "https://www.google-analytics.com/collect");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Tracker.Id, Is.EqualTo("universal-analytics"));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("UA-8867852-1"));
            Assert.That((trackerEvent.Name, trackerEvent.NameParameter, trackerEvent.Meaning), Is.EqualTo(("pageview", "t", EventMeaning.PageView)));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/"));
            Assert.That(trackerEvent.PageTitle, Is.EqualTo("Planned Parenthood | Official Site"));
            Assert.That(trackerEvent.FieldValue("cid"), Is.EqualTo("1369221122.1634566018"));
            Assert.That(trackerEvent.Field("_gid").Cookie, Is.EqualTo("_gid"));
            Assert.That(trackerEvent.Field("cd7").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(trackerEvent.Field("cg1").Meaning, Does.Contain("content group"));
            Assert.That(trackerEvent.LibraryVersion, Is.EqualTo("j93"));
        });
    }

    [Test]
    public void Names_an_event_by_category_and_action_and_reads_JSON_in_its_label()
    {
        // nonprofit line 197: ppgulfcoast, a UA event "Debugging / gtm.js" whose label is the dataLayer push as JSON.
        var request = Corpus.Request(Corpus.Nonprofit, 197, "https://www.google-analytics.com/j/collect?v=1");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((trackerEvent.Name, trackerEvent.NameParameter), Is.EqualTo(("Debugging / gtm.js", "ec/ea")));
            Assert.That(trackerEvent.FieldValue("el.pageType"), Is.EqualTo("Affiliate Page"));
            Assert.That(trackerEvent.FieldValue("el.affiliateName"), Is.EqualTo("Planned Parenthood Gulf Coast, Inc."));
            Assert.That(trackerEvent.Field("el.affiliateName").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Marks_the_stats_doubleclick_copy_as_a_duplicate()
    {
        // nonprofit line 1: cityofhope, t=dc on stats.g.doubleclick.net/j/collect.
        var request = Corpus.Request(Corpus.Nonprofit, 1, "https://stats.g.doubleclick.net/j/collect?t=dc");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That((trackerEvent.Name, trackerEvent.AccountId), Is.EqualTo(("dc", "UA-3289688-1")));
            Assert.That(trackerEvent.FieldValue("cid"), Is.EqualTo("1645339269.1634740784"));
        });
    }

    [Test]
    public void Marks_a_remarketing_audiences_hit_with_a_UA_id_as_a_duplicate()
    {
        // Shape of the ga-audiences mirror (§1.0 "Mirrored hits"): written, not from the corpus.
        var request = Requests.Get("https://www.google.co.uk/ads/ga-audiences?v=1&aip=1&t=sr&_r=4&tid=UA-1234-1&cid=111.222&jid=9&_v=j101&z=1");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("UA-1234-1"));
            Assert.That(_decoder.CanDecode(Requests.Get("https://www.google.com/ads/ga-audiences?t=sr&tid=G-TEST")), Is.False);
        });
    }

    [Test]
    public void Decodes_a_hit_without_parameters_with_warnings_instead_of_throwing()
    {
        var result = _decoder.Decode(Requests.Post("https://www.google-analytics.com/collect", "text/plain", "%%%"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no hit type)"));
            Assert.That(result.Warnings, Has.Some.Contains("tid missing").And.Some.Contains("t missing"));
        });
    }
}
