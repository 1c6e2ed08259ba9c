using System.IO.Compression;
using System.Net;
using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.TikTok;

namespace TrackerAudit.Tests.Trackers.TikTok;

// The corpus holds JSON bodies only; the other shapes of reference section 1.6 (base64 JSON in analytics_message,
// and base64 of gzip as section 1.0 lists) are built here from a corpus line's own payload, read at test time.
public sealed class TikTokWireShapeTests
{
    private const string Event = "https://analytics.tiktok.com/api/v2/pixel";
    private const string Action = "https://analytics.tiktok.com/api/v2/pixel/act";

    private readonly TikTokDecoder _decoder = new();

    [Test]
    public void Decodes_a_GET_with_the_payload_in_analytics_message_exactly_as_the_JSON_body()
    {
        // Edtech line 31: classdojo.com /act Click, its JSON body re-sent as base64 in ?analytics_message=.
        var post = Corpus.Request(Corpus.Edtech, 31, Action);
        var message = Convert.ToBase64String(Encoding.UTF8.GetBytes(post.BodyText!));
        var get = Requests.Get(Action + "?analytics_message=" + WebUtility.UrlEncode(message));

        var fromPost = _decoder.Decode(post).Events.Single();
        var fromGet = _decoder.Decode(get).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(fromGet.ClickedText, Is.EqualTo("Log in"));
            Assert.That(fromGet.Transport, Is.EqualTo("GET"));
            Assert.That(fromGet.Fields, Is.EqualTo(fromPost.Fields));
            Assert.That(fromGet.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Reads_analytics_message_whose_plus_signs_were_not_percent_encoded()
    {
        // A payload whose base64 holds '+': sent raw in a query, '+' would read as a space.
        var json = "{\"event\":\"Contact\",\"context\":{\"pixel\":{\"code\":\"CABCDEFGHIJKLMNOPQRS\"},\"page\":{\"url\":\"https://example.org/?q=>>>\"}}}";
        var message = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        Assert.That(message, Does.Contain("+"), "the fixture must exercise '+'");

        var contact = _decoder.Decode(Requests.Get(Event + "?analytics_message=" + message)).Events.Single();

        Assert.That(contact.PageUrl, Is.EqualTo("https://example.org/?q=>>>"));
    }

    [Test]
    public void Decodes_a_base64_of_gzip_body()
    {
        // Nonprofit line 242: ppgulfcoast.org "Contact", its JSON body sent as base64 of gzip.
        var plain = Corpus.Request(Corpus.Nonprofit, 242, Event);
        var packed = Requests.Post(Event, "text/plain;charset=UTF-8", Convert.ToBase64String(Gzip(plain.BodyText!)));

        var contact = _decoder.Decode(packed).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(contact.Name, Is.EqualTo("Contact"));
            Assert.That(contact.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/planned-parenthood-gulf-coast"));
            Assert.That(contact.Fields, Is.EqualTo(_decoder.Decode(plain).Events.Single().Fields));
        });
    }

    [Test]
    public void Decodes_a_raw_gzip_body()
    {
        // Nonprofit line 242 again, sent as gzip bytes.
        var plain = Corpus.Request(Corpus.Nonprofit, 242, Event);

        var contact = _decoder.Decode(Requests.PostBytes(Event, "application/octet-stream", Gzip(plain.BodyText!))).Events.Single();

        Assert.That(contact.Name, Is.EqualTo("Contact"));
    }

    [Test]
    public void Marks_hashed_user_fields_as_identifiers_and_says_when_one_is_not_hashed()
    {
        // Reference section 1.6, "Hashed PII": context.user.email, phone_number, external_id..., normally SHA-256 hex.
        const string emailHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        var json = "{\"event\":\"SubmitForm\",\"context\":{\"pixel\":{\"code\":\"CABCDEFGHIJKLMNOPQRS\"},"
            + "\"user\":{\"email\":\"" + emailHash + "\",\"phone_number\":\"+15551234567\",\"external_id\":\"\"}}}";

        var form = _decoder.Decode(Requests.Post(Event, "text/plain;charset=UTF-8", json)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(form.Meaning, Is.EqualTo(EventMeaning.Form));
            var email = form.Field("context.user.email");
            Assert.That(email.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(email.Meaning, Does.StartWith("e-mail address, SHA-256").And.Not.Contains("NOT"));
            var phone = form.Field("context.user.phone_number");
            Assert.That(phone.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(phone.Meaning, Does.Contain("NOT a SHA-256 hash"));
            Assert.That(form.Field("context.user.external_id").Sensitivity, Is.EqualTo(FieldSensitivity.Low));
        });
    }

    [Test]
    public void Takes_the_page_title_from_the_metadata_that_arrives_as_JSON_text()
    {
        // Reference section 1.6, automatic capture: content_data.meta is JSON text holding the page title.
        const string json = "{\"action\":\"Metadata\",\"context\":{\"pixel\":{\"code\":\"CABCDEFGHIJKLMNOPQRS\"}},"
            + "\"auto_collected_properties\":{\"page_trigger\":\"PageView\",\"content_data\":{"
            + "\"open_graph\":\"{\\\"og:title\\\":\\\"Report it (OG)\\\"}\",\"microdata\":\"[]\",\"json_ld\":\"[]\","
            + "\"meta\":\"{\\\"title\\\":\\\"Report a sexual assault\\\",\\\"description\\\":\\\"Tell us what happened\\\"}\"}}}";

        var metadata = _decoder.Decode(Requests.Post(Action, "text/plain;charset=UTF-8", json)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(metadata.PageTitle, Is.EqualTo("Report a sexual assault"));
            var description = metadata.Field("auto_collected_properties.content_data.meta.description");
            Assert.That(description.Value, Is.EqualTo("Tell us what happened"));
            Assert.That(description.Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(metadata.FieldValue("auto_collected_properties.content_data.open_graph.og:title"), Is.EqualTo("Report it (OG)"));
            Assert.That(metadata.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Names_tiktoks_own_cookies_sent_with_a_beacon()
    {
        // Nonprofit line 242 with a Cookie header as a browser would send it to analytics.tiktok.com.
        var request = Corpus.Request(Corpus.Nonprofit, 242, Event).WithCookie("_ttp=2Xyz3rdParty; sessionid=abc123; other=1");

        var contact = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(contact.Field("cookie:_ttp").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(contact.Field("cookie:_ttp").Meaning, Does.Contain("not the site's"));
            Assert.That(contact.Field("cookie:sessionid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(contact.Field("cookie:other").Sensitivity, Is.EqualTo(FieldSensitivity.Unknown));
        });
    }

    [TestCase("https://analytics.tiktok.com/api/v2/pixel", true)]
    [TestCase("https://analytics.tiktok.com/api/v2/pixel/act", true)]
    [TestCase("https://analytics.tiktok.com/api/v2/pixel/track", true)]
    [TestCase("https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CABC&lib=ttq", true)]
    [TestCase("https://analytics.tiktok.com/api/v2/monitor", false)]
    [TestCase("https://analytics.tiktok.com/api/v2/pixel/perf", false)]
    [TestCase("https://www.tiktok.com/api/v2/pixel", false)]
    [TestCase("https://analytics.tiktok.com.example.org/api/v2/pixel", false)]
    public void Claims_only_tiktoks_beacon_and_library_urls(string url, bool claimed) =>
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
