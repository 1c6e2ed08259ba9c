using System.IO.Compression;
using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.LinkedIn;

namespace TrackerAudit.Tests.Trackers.LinkedIn;

// Shapes of reference section 1.7 the corpus lacks (base64 of gzip /wa/ bodies, the px4 mirror, hem, the
// attribution trigger), built from a corpus line's own payload read at test time, or from the reference's text.
public sealed class LinkedInWireShapeTests
{
    private const string WebActivity = "https://px.ads.linkedin.com/wa/";

    private readonly LinkedInDecoder _decoder = new();

    [Test]
    public void Decodes_a_base64_of_gzip_wa_body_exactly_as_the_JSON_one()
    {
        // Edtech line 1: raz-kids.com /wa/ CLICK, its JSON body sent as base64(gzip(JSON)) as 2026 captures do.
        var plain = Corpus.Request(Corpus.Edtech, 1, WebActivity);
        var packed = Requests.Post(WebActivity, "text/plain;charset=UTF-8", Convert.ToBase64String(Gzip(plain.BodyText!)));

        var fromPlain = _decoder.Decode(plain).Events.Single();
        var fromPacked = _decoder.Decode(packed).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(packed.BodyText, Does.StartWith("H4sI"));
            Assert.That(fromPacked.ClickedText, Is.EqualTo("KIDS LOGIN"));
            Assert.That(fromPacked.Fields, Is.EqualTo(fromPlain.Fields));
            Assert.That(fromPacked.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Counts_the_px4_mirror_as_a_duplicate_and_reads_its_hashed_ip()
    {
        // Edtech line 20 (xtramath.org /collect) as the px4 mirror sends it, with e_ipv6 (section 1.7).
        var original = Corpus.Request(Corpus.Edtech, 20, "https://px.ads.linkedin.com/collect?");
        var mirror = Requests.Get(original.Url.Replace("://px.", "://px4.", StringComparison.Ordinal) + "&e_ipv6=AQIDBAUGBwgJCgsMDQ4PEA");

        var beacon = _decoder.Decode(original).Events.Single();
        var duplicate = _decoder.Decode(mirror).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(duplicate.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(duplicate.PageUrl, Is.EqualTo(beacon.PageUrl));
            Assert.That(duplicate.Field("e_ipv6").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(_decoder.EndpointHosts, Is.EquivalentTo(new[] { "px.ads.linkedin.com", "px4.ads.linkedin.com" }));
        });
    }

    [Test]
    public void Reads_hem_as_a_hashed_email_and_null_hem_as_none_known()
    {
        // Reference section 1.7: hem is the SHA-256 of the lower-cased e-mail address, or null if unknown.
        const string hash = "973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b";
        var withHem = "{\"pids\":[123],\"signalType\":\"PAGE_VISIT\",\"url\":\"https://example.org/\",\"hem\":\"" + hash + "\"}";
        const string withNull = "{\"pids\":[123],\"signalType\":\"PAGE_VISIT\",\"url\":\"https://example.org/\",\"hem\":null}";
        const string withClear = "{\"pids\":[123],\"signalType\":\"PAGE_VISIT\",\"hem\":\"someone@example.org\"}";

        var hashed = _decoder.Decode(Requests.Post(WebActivity, "text/plain", withHem)).Events.Single().Field("hem");
        var none = _decoder.Decode(Requests.Post(WebActivity, "text/plain", withNull)).Events.Single().Field("hem");
        var clear = _decoder.Decode(Requests.Post(WebActivity, "text/plain", withClear)).Events.Single().Field("hem");

        Assert.Multiple(() =>
        {
            Assert.That(hashed.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(hashed.Meaning, Does.Contain("SHA-256").And.Not.Contains("NOT"));
            Assert.That(none.Sensitivity, Is.EqualTo(FieldSensitivity.Low));
            Assert.That(clear.Meaning, Does.Contain("NOT a SHA-256 hash"));
        });
    }

    [Test]
    public void A_click_that_submits_a_form_is_a_form_event()
    {
        // Reference section 1.7: domAttributes carries isFormSubmission.
        const string json = "{\"pids\":[123],\"signalType\":\"CLICK\",\"url\":\"https://example.org/report\","
            + "\"domAttributes\":{\"tagName\":\"BUTTON\",\"innerText\":\"Send my report\",\"isFormSubmission\":true}}";

        var submit = _decoder.Decode(Requests.Post(WebActivity, "text/plain", json)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(submit.Meaning, Is.EqualTo(EventMeaning.Form));
            Assert.That(submit.ClickedText, Is.EqualTo("Send my report"));
        });
    }

    [Test]
    public void Names_linkedins_own_cookies_sent_with_a_hit()
    {
        // Edtech line 20 with a Cookie header as a browser sends it to px.ads.linkedin.com.
        var request = Corpus.Request(Corpus.Edtech, 20, "https://px.ads.linkedin.com/collect?").WithCookie("li_sugr=abc; bcookie=\"v=2&x\"; lidc=\"b=1\"");

        var visit = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(visit.Field("cookie:li_sugr").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(visit.Field("cookie:bcookie").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(visit.Field("cookie:lidc").Sensitivity, Is.EqualTo(FieldSensitivity.Low));
        });
    }

    [Test]
    public void Decodes_the_attribution_trigger_as_a_duplicate_and_the_library_load()
    {
        // Reference section 1.7: /attribution_trigger?pid&time&url, loader snap.licdn.com/li.lms-analytics/insight.min.js.
        var trigger = _decoder.Decode(Requests.Get("https://px.ads.linkedin.com/attribution_trigger?pid=123&time=1700069764465&url=https%3A%2F%2Fexample.org%2F")).Events.Single();
        var library = _decoder.Decode(Requests.Get("https://snap.licdn.com/li.lms-analytics/insight.min.js", "script")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trigger.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trigger.AccountId, Is.EqualTo("123"));
            Assert.That(trigger.PageUrl, Is.EqualTo("https://example.org/"));
            Assert.That(library.Kind, Is.EqualTo(TrackerEventKind.Library));
        });
    }

    [TestCase("https://px.ads.linkedin.com/collect?pid=1", true)]
    [TestCase("https://px.ads.linkedin.com/collect/?pid=1", true)]
    [TestCase("https://px4.ads.linkedin.com/wa/", true)]
    [TestCase("https://px.ads.linkedin.com/db_sync?pid=1&puuid=x", true)]
    [TestCase("https://snap.licdn.com/li.lms-analytics/insight.min.js", true)]
    [TestCase("https://www.linkedin.com/px/li_sync?redirect=x", false)]
    [TestCase("https://px.ads.linkedin.com/other", false)]
    [TestCase("https://snap.licdn.com/other.js", false)]
    public void Claims_only_linkedins_hit_and_library_urls(string url, bool claimed) =>
        Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.EqualTo(claimed));

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
