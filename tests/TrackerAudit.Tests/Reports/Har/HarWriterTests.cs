using System.Text.Json;
using TrackerAudit.Reports.Har;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Har;

public sealed class HarWriterTests
{
    private TempFolder _folder = null!;
    private JsonDocument _har = null!;

    [OneTimeSetUp]
    public async Task WriteTheSampleRun()
    {
        _folder = new TempFolder();
        await HarWriter.WriteAsync(ContactFormRun.Report(), _folder.Path, CancellationToken.None);
        _har = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder.Path, HarWriter.FileName)));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _har.Dispose();
        _folder.Dispose();
    }

    private JsonElement Log => _har.RootElement.GetProperty("log");

    private JsonElement Entry(long id) =>
        Log.GetProperty("entries").EnumerateArray().Single(entry => entry.GetProperty("_requestId").GetInt64() == id);

    private static List<(string Name, string Value)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(pair => (pair.GetProperty("name").GetString()!, pair.GetProperty("value").GetString()!)).ToList();

    [Test]
    public void The_file_follows_the_HAR_1_2_structure()
    {
        Assert.That(HarValidator.Check(_har.RootElement), Is.Empty);
    }

    [Test]
    public void The_validator_notices_a_broken_entry()
    {
        var broken = _har.RootElement.GetRawText()
            .Replace("\"startedDateTime\": \"2025-03-14T09:26:53.839Z\"", "\"startedDateTime\": \"yesterday\"", StringComparison.Ordinal)
            .Replace("\"receive\": 0", "\"receive\": \"0\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(broken);

        var problems = HarValidator.Check(document.RootElement);

        Assert.That(problems, Has.Some.Contains("startedDateTime is not an ISO 8601 date"));
        Assert.That(problems, Has.Some.Contains("timings.receive is String, not a number"));
    }

    [Test]
    public void The_log_names_HAR_1_2_the_tool_and_the_browser()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Log.GetProperty("version").GetString(), Is.EqualTo("1.2"));
            Assert.That(Log.GetProperty("creator").GetProperty("name").GetString(), Is.EqualTo("TrackerAudit"));
            Assert.That(Log.GetProperty("creator").GetProperty("version").GetString(), Is.EqualTo("1.2.3"));
            Assert.That(Log.GetProperty("browser").GetProperty("name").GetString(), Is.EqualTo("Chromium"));
            Assert.That(Log.GetProperty("browser").GetProperty("version").GetString(), Is.EqualTo("140.0.1"));
        });
    }

    [Test]
    public void Each_step_that_ended_on_a_page_is_a_page_named_after_journey_and_step()
    {
        var pages = Log.GetProperty("pages").EnumerateArray().ToList();

        Assert.That(pages.Select(page => page.GetProperty("id").GetString()), Is.EqualTo(new[] { "j1-s0", "j1-s1" }));
        Assert.That(pages[1].GetProperty("title").GetString(), Is.EqualTo("Contact form – Give an email address"));
        Assert.That(pages[1].GetProperty("startedDateTime").GetString(), Is.EqualTo("2025-03-14T09:26:54.589Z"));
        Assert.That(pages[1].GetProperty("pageTimings").GetProperty("onLoad").GetInt32(), Is.EqualTo(-1));
    }

    [Test]
    public void Every_captured_request_is_an_entry_in_time_order_with_its_page_and_step()
    {
        var entries = Log.GetProperty("entries").EnumerateArray().ToList();

        Assert.That(entries.Select(entry => entry.GetProperty("_requestId").GetInt64()), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
        Assert.That(entries[2].GetProperty("pageref").GetString(), Is.EqualTo("j1-s1"));
        Assert.That(entries[2].GetProperty("_stepIndex").GetInt32(), Is.EqualTo(1));
        Assert.That(entries[2].GetProperty("_stepName").GetString(), Is.EqualTo("Give an email address"));
        Assert.That(entries[2].GetProperty("_journey").GetString(), Is.EqualTo("Contact form"));
        Assert.That(entries[3].TryGetProperty("pageref", out _), Is.False, "step 2 ended on no page");
        Assert.That(entries[0].GetProperty("startedDateTime").GetString(), Is.EqualTo("2025-03-14T09:26:53.839Z"));
    }

    [Test]
    public void The_disposition_resource_type_and_tracker_are_custom_fields()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Entry(1).GetProperty("_disposition").GetString(), Is.EqualTo("sent"));
            Assert.That(Entry(2).GetProperty("_disposition").GetString(), Is.EqualTo("answeredLocally"));
            Assert.That(Entry(4).GetProperty("_disposition").GetString(), Is.EqualTo("blocked"));
            Assert.That(Entry(2).GetProperty("_resourceType").GetString(), Is.EqualTo("image"));
            Assert.That(Entry(2).GetProperty("_tracker").GetString(), Is.EqualTo("Meta Pixel"));
            Assert.That(Entry(1).TryGetProperty("_tracker", out _), Is.False);
            Assert.That(Entry(1).GetProperty("_frameUrl").GetString(), Is.EqualTo("http://127.0.0.1:5000/"));
        });
    }

    [Test]
    public void Query_parameters_are_listed_percent_decoded()
    {
        var query = Pairs(Entry(2).GetProperty("request").GetProperty("queryString"));

        Assert.That(query, Does.Contain(("ev", "PageView")));
        Assert.That(query, Does.Contain(("dl", "http://127.0.0.1:5000/")));
        Assert.That(query, Does.Contain(("cd[note]", "a b c")));
    }

    [Test]
    public void Cookies_are_read_from_the_Cookie_header_as_sent()
    {
        var cookies = Pairs(Entry(2).GetProperty("request").GetProperty("cookies"));

        Assert.That(cookies, Is.EqualTo(new[] { ("c_user", ContactFormRun.UserCookie), ("xs", ContactFormRun.SessionCookieRaw), ("dpr", "1") }));
    }

    [Test]
    public void A_urlencoded_body_is_posted_text_with_decoded_params()
    {
        var postData = Entry(3).GetProperty("request").GetProperty("postData");

        Assert.That(postData.GetProperty("mimeType").GetString(), Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(postData.GetProperty("text").GetString(), Does.StartWith("id=123&ev=SubscribedButtonClick&dl=http%3A%2F%2F"));
        Assert.That(Pairs(postData.GetProperty("params")), Does.Contain(("cd[buttonText]", "Send it")));
        Assert.That(Pairs(postData.GetProperty("params")), Does.Contain(("udff[em]", ContactFormRun.EmailSha256)));
        Assert.That(Entry(3).GetProperty("request").GetProperty("bodySize").GetInt64(), Is.EqualTo(postData.GetProperty("text").GetString()!.Length));
    }

    [Test]
    public void A_body_that_is_not_UTF_8_is_base64_and_says_so()
    {
        var postData = Entry(5).GetProperty("request").GetProperty("postData");

        Assert.That(Convert.FromBase64String(postData.GetProperty("text").GetString()!), Is.EqualTo(ContactFormRun.BinaryBody));
        Assert.That(postData.GetProperty("_encoding").GetString(), Is.EqualTo("base64"));
        Assert.That(postData.GetProperty("params").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void A_request_without_a_body_has_no_postData()
    {
        Assert.That(Entry(1).GetProperty("request").TryGetProperty("postData", out _), Is.False);
        Assert.That(Entry(1).GetProperty("request").GetProperty("bodySize").GetInt64(), Is.Zero);
    }

    [Test]
    public void A_failed_request_has_status_0_and_its_error()
    {
        var response = Entry(5).GetProperty("response");

        Assert.That(response.GetProperty("status").GetInt32(), Is.Zero);
        Assert.That(response.GetProperty("_error").GetString(), Is.EqualTo("net::ERR_CONNECTION_REFUSED"));
        Assert.That(Entry(5).GetProperty("_failure").GetString(), Is.EqualTo("net::ERR_CONNECTION_REFUSED"));
        Assert.That(Entry(1).GetProperty("response").GetProperty("status").GetInt32(), Is.EqualTo(200));
    }

    [Test]
    public void Writing_leaves_no_temporary_file()
    {
        Assert.That(Directory.GetFiles(_folder.Path).Select(Path.GetFileName), Is.EqualTo(new[] { HarWriter.FileName }));
    }
}
