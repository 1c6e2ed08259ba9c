using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

// The corpus holds GET beacons only, so POST bodies are built here from its lines, laid out as the
// reference (tracker-protocols.md, "Transports") says each transport sends them.
public sealed class MetaPixelDecoderPostTests
{
    private const string Boundary = "----WebKitFormBoundaryQ8bD1yA2mZ3fR7tX";
    private const string BeaconUrl = "https://www.facebook.com/tr/";

    private readonly MetaPixelDecoder _decoder = new();

    [Test]
    public void Decodes_button_text_from_formPOST_body()
    {
        const string body = "id=172748793147724&ev=SubscribedButtonClick&dl=https%3A%2F%2Fwww.classdojo.com%2F"
            + "&cd%5BbuttonText%5D=Log+in&cd%5BpageFeatures%5D=%7B%22title%22%3A%22ClassDojo%22%7D&rqm=formPOST";
        var request = Requests.Post(BeaconUrl, "application/x-www-form-urlencoded", body, resourceType: "document");

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("cd[buttonText]"), Is.EqualTo("Log in"));
            Assert.That(beacon.PageTitle, Is.EqualTo("ClassDojo"));
            Assert.That(beacon.Transport, Is.EqualTo("formPOST"));
            Assert.That(beacon.AccountId, Is.EqualTo("172748793147724"));
            Assert.That(beacon.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Decodes_formPOST_body_exactly_as_the_same_event_sent_by_GET()
    {
        // Corpus line 33: classdojo.com, https://www.facebook.com/tr/?id=172748793147724&ev=SubscribedButtonClick... re-sent as a form.
        var get = Requests.FromCorpusLine(MetaCorpusLines.Line33ClassDojoSubmitEmail);
        var parameters = QueryOf(get.Url).Select(p => p.Key == "rqm" ? new KeyValuePair<string, string>("rqm", "formPOST") : p).ToList();
        var formPost = Requests.Post(BeaconUrl, "application/x-www-form-urlencoded", Requests.FormBody(parameters));

        var fromGet = _decoder.Decode(get).Events.Single();
        var fromPost = _decoder.Decode(formPost).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(fromPost.RawParameters, Is.EqualTo(parameters));
            Assert.That(fromPost.Transport, Is.EqualTo("formPOST"));
            Assert.That(fromPost.FieldValue("cd[formFeatures][0].placeholder"), Is.EqualTo("Email"));
            Assert.That(fromPost.Fields.Where(f => f.Path != "rqm"), Is.EqualTo(fromGet.Fields.Where(f => f.Path != "rqm")));
            Assert.That(Scalars(fromPost), Is.EqualTo(Scalars(fromGet)));
        });
    }

    [Test]
    public void Decodes_sendBeacon_multipart_body()
    {
        // Corpus line 30: classdojo.com, https://www.facebook.com/tr/?id=172748793147724&ev=SubscribedButtonClick... re-sent as FormData.
        var parameters = CorpusParameters(MetaCorpusLines.Line30ClassDojoLoginClick, rqm: "SB");
        var request = Requests.Post(BeaconUrl, "multipart/form-data; boundary=" + Boundary, Requests.MultipartBody(Boundary, parameters), "ping");

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(beacon.RawParameters, Is.EqualTo(parameters));
            Assert.That(beacon.Transport, Is.EqualTo("SB"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].innerText"), Is.EqualTo("Log in"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.classdojo.com/"));
        });
    }

    [Test]
    public void Decodes_xhr_multipart_body_without_a_content_type_by_sniffing_its_boundary()
    {
        // Corpus line 30: classdojo.com, https://www.facebook.com/tr/?id=172748793147724&ev=SubscribedButtonClick... as FormData, no rqm.
        var parameters = CorpusParameters(MetaCorpusLines.Line30ClassDojoLoginClick, rqm: null);
        var request = Requests.Post(BeaconUrl, contentType: null, Requests.MultipartBody(Boundary, parameters), "xhr");

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.RawParameters, Is.EqualTo(parameters));
            Assert.That(beacon.Transport, Is.EqualTo("xhr"));
            Assert.That(beacon.Name, Is.EqualTo("SubscribedButtonClick"));
        });
    }

    [Test]
    public void Merges_query_and_body_parameters()
    {
        var request = Requests.Post(
            BeaconUrl + "?id=660763031035814&ev=Lead",
            "multipart/form-data; boundary=\"" + Boundary + "\"",
            Requests.MultipartBody(Boundary, [new("dl", "https://example.org/a b"), new("rqm", "fetch")]));

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.RawParameters.Select(p => p.Key), Is.EqualTo(new[] { "id", "ev", "dl", "rqm" }));
            Assert.That(beacon.AccountId, Is.EqualTo("660763031035814"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://example.org/a b"));
            Assert.That(beacon.Transport, Is.EqualTo("fetch"));
        });
    }

    [Test]
    public void Splits_a_multipart_batch_into_one_event_per_entry()
    {
        // Corpus lines 10 and 11: abcmouse.com, two pixels' PageViews (https://www.facebook.com/tr/?id=686407008078166&ev=PageView...
        // and ?id=3270355436534855&ev=PageView...), batched as the reference describes: batch=1&events[]=<param string>.
        var first = QueryString(MetaCorpusLines.Line10AbcMousePageView);
        var second = QueryString(MetaCorpusLines.Line11AbcMouseSecondPixelPageView);
        var body = Requests.MultipartBody(Boundary, [new("batch", "1"), new("events[]", first), new("events[]", second)]);
        var request = Requests.Post(BeaconUrl, "multipart/form-data; boundary=" + Boundary, body, "xhr");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.Events.Select(e => e.AccountId), Is.EqualTo(new[] { "686407008078166", "3270355436534855" }));
            Assert.That(result.Events.Select(e => e.Name), Is.All.EqualTo("PageView"));
            Assert.That(result.Events.Select(e => e.PageUrl), Is.All.EqualTo("https://www.abcmouse.com/abc/login/"));
            Assert.That(result.Events[1].EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1700084597641)));
            Assert.That(result.Events[0].RawParameters[^1], Is.EqualTo(new KeyValuePair<string, string>("batch", "1")));
            Assert.That(result.Events[0].Fields.Select(f => f.Path), Has.None.EqualTo("events[]"));
        });
    }

    [Test]
    public void Splits_a_urlencoded_batch_and_infers_the_transport()
    {
        var body = "batch=1&events%5B%5D=" + Uri.EscapeDataString("id=1&ev=Lead&cd[value]=10")
            + "&events%5B%5D=" + Uri.EscapeDataString("id=1&ev=Contact");
        var request = Requests.Post(BeaconUrl, "application/x-www-form-urlencoded", body, "fetch");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Select(e => e.Name), Is.EqualTo(new[] { "Lead", "Contact" }));
            Assert.That(result.Events[0].FieldValue("cd[value]"), Is.EqualTo("10"));
            Assert.That(result.Events.Select(e => e.Transport), Is.All.EqualTo("xhr"));
        });
    }

    [Test]
    public void Labels_automatically_matched_form_hashes_as_identifiers()
    {
        // The reference's check value: udff[fn]=9f86d0... is SHA-256 of "test".
        var nameHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("test")));
        var emailHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("jane@example.com")));
        var body = Requests.FormBody([
            new("id", "1"), new("ev", "Lead"), new("o", "2078"),
            new("udff[fn]", nameHash), new("udff[em]", emailHash), new("cudff[em]", "****@*******.***"), new("ud[ph]", "5551234"),
        ]);
        var request = Requests.Post(BeaconUrl, "application/x-www-form-urlencoded", body);

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(nameHash, Is.EqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
            Assert.That(beacon.FieldValue("udff[fn]"), Is.EqualTo(nameHash));
            Assert.That(beacon.Field("udff[fn]").Meaning, Is.EqualTo("first name (SHA-256, read from a form field automatically)"));
            Assert.That(beacon.Field("udff[em]").Meaning, Is.EqualTo("e-mail address (SHA-256, read from a form field automatically)"));
            Assert.That(beacon.Field("cudff[em]").Meaning, Does.StartWith("e-mail address (shape mask"));
            Assert.That(beacon.Field("ud[ph]").Meaning, Does.Contain("NOT a SHA-256 hash"));
            Assert.That(beacon.Fields.Where(f => f.Path.Contains("ud", StringComparison.Ordinal)).Select(f => f.Sensitivity),
                Is.All.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("o").Meaning, Does.Contain("matched automatically"));
        });
    }

    [Test]
    public void Makes_a_headless_browser_detection_visible()
    {
        var request = Requests.Get("https://www.facebook.com/tr/?id=1&ev=PageView&o=2206");

        var beacon = _decoder.Decode(request).Events.Single();

        var headless = beacon.FieldsAt(MetaOptionBits.BitsPath).Single(f => f.Value == "128");
        Assert.Multiple(() =>
        {
            Assert.That(headless.Meaning, Is.EqualTo("Meta detected a headless browser"));
            Assert.That(headless.Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(beacon.Field("o").Meaning, Does.Contain("Meta detected a headless browser"));
        });
    }

    private static List<KeyValuePair<string, string>> QueryOf(string url) =>
        [.. url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..]
            .Split('&')
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1])))];

    private static List<KeyValuePair<string, string>> CorpusParameters(string corpusLine, string? rqm) =>
        [.. QueryOf(Requests.FromCorpusLine(corpusLine).Url)
            .Where(p => p.Key != "rqm" || rqm is not null)
            .Select(p => p.Key == "rqm" ? new KeyValuePair<string, string>("rqm", rqm!) : p)];

    private static string QueryString(string corpusLine)
    {
        var url = Requests.FromCorpusLine(corpusLine).Url;
        return url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Replace("&rqm=GET", "", StringComparison.Ordinal);
    }

    private static object Scalars(TrackerEvent e) =>
        (e.Kind, e.AccountId, e.Name, e.PageUrl, e.Referrer, e.PageTitle, e.EventTime, e.LibraryVersion);
}
