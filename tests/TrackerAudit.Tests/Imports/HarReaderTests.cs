using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Imports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

public sealed class HarReaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private List<CapturedRequest> ReadChromeHar() =>
        HarReader.Read(_folder.Write("chrome.har", ChromeHar.Text), "chrome.har").ToList();

    [Test]
    public void Reads_every_entry_of_a_Chrome_export_in_order_numbered_from_1()
    {
        var requests = ReadChromeHar();

        Assert.That(requests.Select(request => request.Id), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
        Assert.That(requests.Select(request => request.Method), Is.EqualTo(new[] { "GET", "GET", "POST", "GET" }));
        Assert.That(requests[1].Url, Does.StartWith("https://www.facebook.com/tr/?id=555566667777888&ev=PageView"));
        Assert.That(requests.Select(request => request.ResourceType), Is.EqualTo(new[] { "document", "image", "document", "script" }));
    }

    [Test]
    public void Takes_time_page_step_and_journey_from_the_entry()
    {
        var beacon = ReadChromeHar()[1];

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Time, Is.EqualTo(new DateTimeOffset(2025, 5, 2, 10, 15, 31, TimeSpan.Zero)));
            Assert.That(beacon.PageUrl, Is.EqualTo(ChromeHar.PageUrl), "pageref page_3 is titled with its URL");
            Assert.That(beacon.StepIndex, Is.Zero);
            Assert.That(beacon.StepName, Is.EqualTo("page_3"));
            Assert.That(beacon.Journey, Is.EqualTo("chrome.har"));
            Assert.That(beacon.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public void Lower_cases_header_names_and_drops_HTTP2_pseudo_headers()
    {
        var document = ReadChromeHar()[0];

        Assert.That(document.Headers.Select(header => header.Name), Is.EqualTo(new[] { "accept", "user-agent" }));
        Assert.That(document.Header("User-Agent"), Does.Contain("Chrome/140"));
    }

    [Test]
    public void Keeps_the_Cookie_header_when_there_is_one()
    {
        var beacon = ReadChromeHar()[1];

        Assert.That(beacon.Headers.Count(header => header.Name == "cookie"), Is.EqualTo(1));
        Assert.That(beacon.Header("cookie"), Is.EqualTo("c_user=100012345678901; xs=42%3Anotreal%3A2"));
    }

    [Test]
    public void Folds_request_cookies_into_a_Cookie_header_when_there_is_none()
    {
        var formPost = ReadChromeHar()[2];

        Assert.That(formPost.Header("cookie"), Is.EqualTo("c_user=100012345678901; xs=42%3Anotreal%3A2"));
    }

    [Test]
    public void Reads_the_posted_body_and_its_size()
    {
        var formPost = ReadChromeHar()[2];

        Assert.That(formPost.BodyText, Does.StartWith("id=555566667777888&ev=SubscribedButtonClick&dl="));
        Assert.That(formPost.BodySize, Is.EqualTo(Encoding.UTF8.GetByteCount(formPost.BodyText!)));
        Assert.That(formPost.BodyBase64, Is.Null);
    }

    [Test]
    public void A_request_without_a_response_has_no_status_and_keeps_its_error()
    {
        var script = ReadChromeHar()[3];

        Assert.That(script.Status, Is.Null);
        Assert.That(script.Failure, Is.EqualTo("net::ERR_BLOCKED_BY_CLIENT"));
    }

    [Test]
    public void A_base64_body_becomes_text_when_it_is_UTF8_and_stays_base64_when_not()
    {
        var utf8 = Convert.ToBase64String(Encoding.UTF8.GetBytes("ev=Lead&cd[city]=Zürich"));
        var binary = Convert.ToBase64String([0xff, 0xfe, 0x00, 0x80]);
        var path = _folder.Write("bodies.har", Har(
            Entry("https://a.example/1", body: utf8, encoding: "\"encoding\": \"base64\""),
            Entry("https://a.example/2", body: binary, encoding: "\"_encoding\": \"base64\"")));

        var requests = HarReader.Read(path, "bodies").ToList();

        Assert.That(requests[0].BodyText, Is.EqualTo("ev=Lead&cd[city]=Zürich"));
        Assert.That(requests[1].BodyText, Is.Null);
        Assert.That(requests[1].BodyBase64, Is.EqualTo(binary));
        Assert.That(requests[1].BodySize, Is.EqualTo(4));
    }

    [Test]
    public void Without_resource_type_or_page_the_request_is_other_on_no_page()
    {
        var path = _folder.Write("firefox.har", Har(Entry("https://a.example/x")));

        var request = HarReader.Read(path, "firefox").Single();

        Assert.That(request.ResourceType, Is.EqualTo("other"));
        Assert.That(request.PageUrl, Is.Null);
        Assert.That(request.StepName, Is.EqualTo("capture"));
    }

    [Test]
    public void Reads_bodies_and_escapes_that_span_many_buffers_exactly()
    {
        // Several times the reader's block, with escapes and non-ASCII text crossing block edges.
        var body = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"k{i}=\"é\\\u2028€/"));
        var escaped = System.Text.Json.JsonSerializer.Serialize(body);
        var path = _folder.Write("big.har", Har(
            Entry("https://a.example/before"),
            Entry("https://a.example/big", body: escaped[1..^1]),
            Entry("https://a.example/after")));

        var requests = HarReader.Read(path, "big").ToList();

        Assert.That(body.Length, Is.GreaterThan(4 * JsonTokenStream.BlockSize));
        Assert.That(requests.Select(request => request.Url), Is.EqualTo(new[] { "https://a.example/before", "https://a.example/big", "https://a.example/after" }));
        Assert.That(requests[1].BodyText, Is.EqualTo(body));
    }

    [Test]
    public void Without_bodies_the_body_text_is_skipped()
    {
        var requests = HarReader.Read(_folder.Write("chrome.har", ChromeHar.Text), "chrome", withBodies: false).ToList();

        Assert.That(requests, Has.Count.EqualTo(4));
        Assert.That(requests.Select(request => request.BodyText), Is.All.Null);
    }

    [Test]
    public void Numbers_from_the_first_id_given()
    {
        var requests = HarReader.Read(_folder.Write("chrome.har", ChromeHar.Text), "chrome", firstId: 11).ToList();

        Assert.That(requests.Select(request => request.Id), Is.EqualTo(new long[] { 11, 12, 13, 14 }));
    }

    internal static string Har(params string[] entries) =>
        "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"test\", \"version\": \"1\"}, \"entries\": [\n"
        + string.Join(",\n", entries) + "\n]}}\n";

    internal static string Entry(string url, string? body = null, string? encoding = null) =>
        "{\"startedDateTime\": \"2025-05-02T10:15:30.000Z\", \"time\": 0, \"request\": {\"method\": \"" + (body is null ? "GET" : "POST")
        + "\", \"url\": \"" + url + "\", \"httpVersion\": \"HTTP/1.1\", \"headers\": [], \"queryString\": [], \"cookies\": [], \"headersSize\": -1, \"bodySize\": -1"
        + (body is null ? "" : ", \"postData\": {\"mimeType\": \"text/plain\", \"text\": \"" + body + "\"" + (encoding is null ? "" : ", " + encoding) + "}")
        + "}, \"response\": {\"status\": 204, \"statusText\": \"\", \"httpVersion\": \"HTTP/1.1\", \"headers\": [], \"cookies\": [], \"content\": {\"size\": 0, \"mimeType\": \"\"}, \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": -1}"
        + ", \"cache\": {}, \"timings\": {\"send\": 0, \"wait\": 0, \"receive\": 0}}";
}
