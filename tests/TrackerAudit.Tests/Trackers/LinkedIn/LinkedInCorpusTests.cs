using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.LinkedIn;

namespace TrackerAudit.Tests.Trackers.LinkedIn;

// Every test reads its line of the shared corpus at run time and cites it: file, line, start of the URL.
public sealed class LinkedInCorpusTests
{
    private const string WebActivity = "https://px.ads.linkedin.com/wa/";

    private readonly LinkedInDecoder _decoder = new();

    [Test]
    public void Decodes_every_linkedin_line_of_the_shared_corpus_with_its_partner_id()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host.EndsWith("ads.linkedin.com", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var result = _decoder.Decode(request);
            var trackerEvent = result.Events.Single();
            Assert.Multiple(() =>
            {
                Assert.That(trackerEvent.AccountId, Does.Match("^[0-9]+$"), $"{line}: partner id");
                Assert.That(trackerEvent.Name, Is.Not.Empty.And.Not.EqualTo("(no signal type)"), line.ToString());
                Assert.That(result.Warnings, Is.Empty, line.ToString());
            });
            decoded++;
        }

        // 3 in the edtech file (2 /wa/, 1 /collect), 7 /collect in the nonprofit file.
        Assert.That(decoded, Is.EqualTo(10));
    }

    [Test]
    public void Decodes_the_clicked_links_text_from_an_automatic_wa_click()
    {
        // Edtech line 1: raz-kids.com, /wa/ JSON with signalType CLICK and domAttributes.innerText "KIDS LOGIN".
        var click = _decoder.Decode(Corpus.Request(Corpus.Edtech, 1, WebActivity)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(click.Tracker.Id, Is.EqualTo("linkedin"));
            Assert.That(click.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(click.Name, Is.EqualTo("CLICK"));
            Assert.That(click.NameParameter, Is.EqualTo("signalType"));
            Assert.That(click.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(click.ClickedText, Is.EqualTo("KIDS LOGIN"));
            Assert.That(click.AccountId, Is.EqualTo("1096801"));
            Assert.That(click.PageUrl, Is.EqualTo("https://raz-kids.com/"));
            Assert.That(click.PageTitle, Is.EqualTo("Raz-Kids"));
            Assert.That(click.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700083208763)));
            Assert.That(click.LibraryVersion, Is.EqualTo("1022"));
            Assert.That(click.Field("domAttributes.innerText").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(click.Field("href").Value, Is.EqualTo("https://www.kidsa-z.com/main/Logout"));
            Assert.That(click.Field("href").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            var crumb = click.Field("elementCrumbsTree[2].classes[0]");
            Assert.That(crumb.Value, Is.EqualTo("kidsLoginButton"));
            Assert.That(crumb.Sensitivity, Is.EqualTo(FieldSensitivity.Medium));
            Assert.That(click.Field("elementCrumbsTree[2].attributes.href").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(click.Field("liFatId").Cookie, Is.EqualTo("li_fat_id"));
            Assert.That(click.Field("liFatId").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        });
    }

    [Test]
    public void Decodes_a_page_visit_signal_with_the_page_title()
    {
        // Edtech line 24: xtramath.org, /wa/ JSON with signalType PAGE_VISIT.
        var visit = _decoder.Decode(Corpus.Request(Corpus.Edtech, 24, WebActivity)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(visit.Name, Is.EqualTo("PAGE_VISIT"));
            Assert.That(visit.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(visit.PageTitle, Is.EqualTo("XtraMath - 10 minutes a day for math fact fluency"));
            Assert.That(visit.ClickedText, Is.Null);
            Assert.That(visit.AccountId, Is.EqualTo("4445730"));
        });
    }

    [Test]
    public void Decodes_a_collect_page_visit()
    {
        // Edtech line 20: xtramath.org, /collect?v=2&fmt=js&pid=4445730&time=...&url=...
        var visit = _decoder.Decode(Corpus.Request(Corpus.Edtech, 20, "https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=4445730")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(visit.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(visit.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(visit.AccountId, Is.EqualTo("4445730"));
            Assert.That(visit.PageUrl, Is.EqualTo("https://home.xtramath.org/"));
            Assert.That(visit.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700069764465)));
            Assert.That(visit.Field("url").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(visit.Transport, Is.EqualTo("GET"));
        });
    }

    [Test]
    public void Decodes_a_conversion_and_counts_its_cookie_sync_repeats_as_duplicates()
    {
        // Nonprofit lines 26, 28 and 29: cityofhope.org, /collect with conversionId=2243572, then the same hit
        // after the li_sync redirect with cookiesTest=true, then with liSync=true too.
        var first = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 26, "https://px.ads.linkedin.com/collect/?pid=1928898&conversionId=2243572")).Events.Single();
        var second = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 28, "https://px.ads.linkedin.com/collect?pid=1928898&conversionId=2243572&fmt=gif&cookiesTest=true")).Events.Single();
        var third = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 29, "https://px.ads.linkedin.com/collect?pid=1928898&conversionId=2243572&fmt=gif&cookiesTest=true&liSync=true")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(first.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(first.Name, Is.EqualTo("2243572"));
            Assert.That(first.NameParameter, Is.EqualTo("conversionId"));
            Assert.That(first.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(first.AccountId, Is.EqualTo("1928898"));
            Assert.That(first.PageUrl, Is.Null);
            Assert.That(first.FieldValue("header:referer"), Does.StartWith("https://9082902.fls.doubleclick.net/"));
            Assert.That(second.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(third.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(third.Name, Is.EqualTo(first.Name));
        });
    }
}
