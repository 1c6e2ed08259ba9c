using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.GoogleAds;

namespace TrackerAudit.Tests.Trackers.GoogleAds;

public sealed class GoogleAdsDecoderCorpusTests
{
    private readonly GoogleAdsDecoder _decoder = new();

    [Test]
    public void Decodes_every_google_ads_line_of_the_corpus_with_its_account_and_page()
    {
        var kinds = new Dictionary<TrackerEventKind, int>();
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).AbsolutePath.StartsWith("/pagead/", StringComparison.Ordinal)
            || new Uri(line.Url).AbsolutePath.StartsWith("/td/rul/", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var trackerEvent = _decoder.Decode(request).Events.Single();
            Assert.That(trackerEvent.AccountId, Does.Match("^AW-[0-9]+$"), line.ToString());
            Assert.That(trackerEvent.PageUrl, Does.StartWith("https://"), line.ToString());
            kinds[trackerEvent.Kind] = kinds.GetValueOrDefault(trackerEvent.Kind) + 1;
        }

        // 2 in the edtech file, 70 in the nonprofit file. Beacons: 33 remarketing hits and 2 conversions; duplicates:
        // 32 first-party user lists, 2 conversion redirects, 2 first-party conversions and 1 Protected Audience join.
        Assert.That(kinds, Is.EqualTo(new Dictionary<TrackerEventKind, int> { [TrackerEventKind.Beacon] = 35, [TrackerEventKind.Duplicate] = 37 }));
    }

    [Test]
    public void Decodes_a_remarketing_hit_with_its_event_page_title_browser_id_and_consent()
    {
        // edtech line 22: xtramath, viewthroughconversion with data=event=gtag.config, url, ref, tiba, auid and gcd.
        var request = Corpus.Request(Corpus.Edtech, 22, "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/10880958156/");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Tracker.Id, Is.EqualTo("google-ads"));
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("AW-10880958156"));
            Assert.That((trackerEvent.Name, trackerEvent.NameParameter, trackerEvent.Meaning), Is.EqualTo(("gtag.config", "data.event", EventMeaning.PageView)));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://home.xtramath.org/"));
            Assert.That(trackerEvent.Referrer, Is.EqualTo("https://xtramath.org/"));
            Assert.That(trackerEvent.PageTitle, Is.EqualTo("XtraMath - 10 minutes a day for math fact fluency"));
            Assert.That(trackerEvent.Field("auid").Value, Is.EqualTo("758921585.1700069765"));
            Assert.That(trackerEvent.Field("auid").Cookie, Is.EqualTo("_gcl_au"));
            Assert.That(trackerEvent.FieldValue("data.event"), Is.EqualTo("gtag.config"));
            Assert.That(trackerEvent.FieldValue("gcd.analytics_storage"), Is.EqualTo("not set"));
            Assert.That(trackerEvent.Field("u_w").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
        });
    }

    [Test]
    public void Marks_the_Protected_Audience_join_as_a_duplicate_of_the_remarketing_hit()
    {
        // edtech line 23: xtramath, td.doubleclick.net/td/rul with the same parameters as line 22.
        var request = Corpus.Request(Corpus.Edtech, 23, "https://td.doubleclick.net/td/rul/10880958156");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That((trackerEvent.AccountId, trackerEvent.Name), Is.EqualTo(("AW-10880958156", "gtag.config")));
        });
    }

    [Test]
    public void Counts_a_conversion_once_and_its_redirect_and_first_party_copies_as_duplicates()
    {
        // nonprofit lines 8, 16 and 19: cityofhope, one conversion (label WOILCOC6n9QCENG0vdIC) on three hosts.
        var conversion = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 8, "https://www.googleadservices.com/pagead/conversion/709843537/")).Events.Single();
        var redirect = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 16, "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/709843537/")).Events.Single();
        var firstParty = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 19, "https://www.google.com/pagead/1p-conversion/709843537/")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(new[] { conversion.Kind, redirect.Kind, firstParty.Kind },
                Is.EqualTo(new[] { TrackerEventKind.Beacon, TrackerEventKind.Duplicate, TrackerEventKind.Duplicate }));
            Assert.That(new[] { conversion.Meaning, redirect.Meaning, firstParty.Meaning }, Is.All.EqualTo(EventMeaning.Conversion));
            Assert.That(conversion.AccountId, Is.EqualTo("AW-709843537"));
            Assert.That(conversion.FieldValue("label"), Is.EqualTo("WOILCOC6n9QCENG0vdIC"));
            Assert.That(conversion.PageUrl, Does.StartWith("https://9630481.fls.doubleclick.net/ddm/fls/r/src=9630481;"));
        });
    }

    [Test]
    public void Marks_the_first_party_user_list_copy_as_a_duplicate_with_the_page_title()
    {
        // nonprofit line 24: cityofhope, www.google.com/pagead/1p-user-list with tiba and data=event=gtag.config.
        var request = Corpus.Request(Corpus.Nonprofit, 24, "https://www.google.com/pagead/1p-user-list/677291143/");

        var trackerEvent = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.PageTitle, Is.EqualTo("Top Cancer Treatment and Research Center | City of Hope | California"));
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://www.cityofhope.org/homepage"));
        });
    }
}
