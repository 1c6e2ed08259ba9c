using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Floodlight;

namespace TrackerAudit.Tests.Trackers.Floodlight;

public sealed class FloodlightDecoderTests
{
    private readonly FloodlightDecoder _decoder = new();

    [Test]
    public void Decodes_every_fls_line_of_the_corpus_with_its_advertiser_and_activity()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host.EndsWith(".fls.doubleclick.net", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var trackerEvent = _decoder.Decode(request).Events.Single();
            Assert.That(trackerEvent.AccountId, Is.EqualTo("DC-" + new Uri(line.Url).Host.Split('.')[0]), line.ToString());
            Assert.That(trackerEvent.Name, Does.Match("^[^/]+/[^/]+$"), line.ToString());
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Beacon), line.ToString());
            decoded++;
        }

        Assert.That(decoded, Is.EqualTo(19));
    }

    [Test]
    public void Reads_the_matrix_parameters_of_an_activity_with_its_page_and_browser_id()
    {
        // nonprofit line 3: cityofhope, src=9630481;type=invmedia;cat=cityo003;...;auiddc=...;~oref=<page>.
        var request = Corpus.Request(Corpus.Nonprofit, 3, "https://9630481.fls.doubleclick.net/activityi;src=9630481;type=invmedia;cat=cityo003;");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Tracker.Id, Is.EqualTo("floodlight"));
            Assert.That((trackerEvent.AccountId, trackerEvent.Name, trackerEvent.NameParameter), Is.EqualTo(("DC-9630481", "invmedia/cityo003", "type/cat")));
            Assert.That(trackerEvent.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://www.cityofhope.org/homepage"));
            Assert.That(trackerEvent.FieldValue("ord"), Is.EqualTo("1892220909251"));
            Assert.That(trackerEvent.Field("auiddc").Cookie, Is.EqualTo("_gcl_au"));
            Assert.That(trackerEvent.Field("auiddc").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(trackerEvent.Field("cookie:test_cookie").Meaning, Does.Contain("third-party cookies"));
            Assert.That(trackerEvent.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Reads_a_custom_variable_as_page_data()
    {
        // nonprofit line 97: plannedparenthood, u20 holds the path of the page the visitor read.
        var request = Corpus.Request(Corpus.Nonprofit, 97, "https://4558437.fls.doubleclick.net/activityi;src=4558437;type=plann0;cat=pporg001;");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.FieldValue("u20"), Is.EqualTo("/about-us/planned-parenthood-global"));
            Assert.That(trackerEvent.Field("u20").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Puts_the_consent_state_of_an_activity_into_words()
    {
        // nonprofit line 265: savethechildren, gcs=G111 among the matrix parameters.
        var request = Corpus.Request(Corpus.Nonprofit, 265, "https://10359930.fls.doubleclick.net/activityi;src=10359930;type=leadg0;cat=leadg0;");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.That(trackerEvent.Field("gcs").Meaning, Does.EndWith("ad_storage granted, analytics_storage granted"));
    }

    // The twins of tracker-protocols-more.md §1.4, written from it: the corpus has only the fls hits.
    [TestCase("https://ad.doubleclick.net/activity;register_conversion=1;src=123;type=sales;cat=buy;ord=1;qty=1;cost=9.99;~oref=https%3A%2F%2Fsite.example%2F", TrackerEventKind.Duplicate, EventMeaning.Conversion)]
    [TestCase("https://td.doubleclick.net/td/fls/rul/activityi;src=123;type=visit;cat=home;ord=1;~oref=https%3A%2F%2Fsite.example%2F", TrackerEventKind.Duplicate, EventMeaning.PageView)]
    [TestCase("https://ad.doubleclick.net/activity;src=123;type=visit;cat=home;ord=1;~oref=https%3A%2F%2Fsite.example%2F", TrackerEventKind.Beacon, EventMeaning.PageView)]
    public void Reads_the_attribution_and_protected_audience_copies_as_duplicates(string url, TrackerEventKind kind, EventMeaning meaning)
    {
        var request = Requests.Get(url);

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That((trackerEvent.Kind, trackerEvent.Meaning, trackerEvent.AccountId), Is.EqualTo((kind, meaning, "DC-123")));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://site.example/"));
        });
    }

    [Test]
    public void Decodes_an_activity_without_advertiser_or_activity_with_warnings()
    {
        var result = _decoder.Decode(Requests.Get("https://1.fls.doubleclick.net/activityi;ord=1;u1=%E2%28?"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().AccountId, Is.Null);
            Assert.That(result.Warnings, Has.Some.Contains("src missing").And.Some.Contains("cat missing").And.Some.Contains("u1"));
        });
    }

    [TestCase("https://1.fls.doubleclick.net/activityi")]
    [TestCase("https://ad.doubleclick.net/ddm/trackclk/N1.2;dc_trk_aid=1")]
    [TestCase("https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/")]
    public void Does_not_claim_other_DoubleClick_urls(string url) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.False);
}
