using System.Text.Json;
using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Imports;
using TrackerAudit.Running;
using TrackerAudit.Serialization;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

public sealed class DecodeRunTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private static JourneyRun Decode(string path, DecodeOptions? options = null) =>
        DecodeRun.Decode(HarInput.Open(path), 1, options ?? DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None);

    [Test]
    public void A_Chrome_HAR_becomes_a_completed_journey_run_named_after_the_file()
    {
        var path = _folder.Write("chrome.har", ChromeHar.Text);

        var run = Decode(path);

        Assert.Multiple(() =>
        {
            Assert.That(run.Journey, Is.EqualTo("chrome.har"));
            Assert.That(run.SourcePath, Is.EqualTo(path));
            Assert.That(run.SourceSha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))));
            Assert.That(run.StartUrl, Is.EqualTo(ChromeHar.PageUrl), "the document's URL");
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed));
            Assert.That(run.Requests, Has.Count.EqualTo(4));
            Assert.That(run.StartedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 2, 10, 15, 30, 95, TimeSpan.Zero)));
            Assert.That(run.EndedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 2, 10, 15, 35, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Decodes_the_GET_beacon_the_formPOST_beacon_and_the_library_load()
    {
        var run = Decode(_folder.Write("chrome.har", ChromeHar.Text));

        var events = run.TrackerRequests.SelectMany(decoded => decoded.Events).ToList();
        Assert.That(run.TrackerRequests.Select(decoded => decoded.RequestId), Is.EqualTo(new long[] { 2, 3, 4 }));
        Assert.That(events.Select(e => e.Name), Is.EqualTo(new[] { "PageView", "SubscribedButtonClick", "library loaded" }));
        Assert.That(events.Take(2).Select(e => e.AccountId), Is.All.EqualTo(ChromeHar.PixelId));
        Assert.That(events[1].Fields.Single(field => field.Path == "cd[buttonText]").Value, Is.EqualTo("Report online fraud"));
    }

    [Test]
    public void Findings_name_the_visit_the_click_and_the_sensitive_word_given()
    {
        var run = Decode(_folder.Write("chrome.har", ChromeHar.Text), new DecodeOptions(["fraud"], new Dictionary<string, string>()));

        var behaviour = run.Findings.Where(finding => finding.Category == FindingCategory.PageAndBehaviour).Select(finding => finding.EventName);
        var sensitive = run.Findings.Where(finding => finding.Category == FindingCategory.SensitiveContext).ToList();
        Assert.That(behaviour, Is.EquivalentTo(new[] { "PageView", "SubscribedButtonClick" }));
        Assert.That(sensitive.Select(finding => finding.Subject), Is.All.EqualTo("the sensitive word 'fraud'"));
        Assert.That(sensitive.Select(finding => (finding.RequestId, finding.Parameter)), Does.Contain((2L, "dl")).And.Contain((3L, "cd[buttonText]")));
        Assert.That(run.Findings.Where(finding => finding.Parameter == "cookie:c_user").Select(finding => finding.Value), Has.Some.EqualTo(ChromeHar.UserCookie));
    }

    [Test]
    public void Without_a_sensitive_word_there_is_no_sensitive_finding()
    {
        var run = Decode(_folder.Write("chrome.har", ChromeHar.Text));

        Assert.That(run.Findings, Is.Not.Empty);
        Assert.That(run.Findings.Where(finding => finding.Category == FindingCategory.SensitiveContext), Is.Empty);
    }

    [Test]
    public void Keeps_tracker_and_small_third_party_bodies_but_drops_first_party_and_large_third_party_ones()
    {
        var large = new string('x', DecodeRun.KeptBodyChars + 1);
        var path = _folder.Write("bodies.har", HarReaderTests.Har(
            Document("https://www.example.org/"),
            HarReaderTests.Entry("https://www.facebook.com/tr/", body: "id=1&ev=Lead"),
            HarReaderTests.Entry("https://www.example.org/api/save", body: "name=Jane"),
            HarReaderTests.Entry("https://collect.other.net/small", body: "tiny"),
            HarReaderTests.Entry("https://collect.other.net/large", body: large)));

        var requests = Decode(path).Requests;

        Assert.That(requests.Select(request => request.BodyText), Is.EqualTo(new[] { null, "id=1&ev=Lead", null, "tiny", null }));
        Assert.That(requests.Select(request => request.BodySize), Is.EqualTo(new long[] { 0, 12, 9, 4, large.Length }));
    }

    [Test]
    public void A_typed_value_in_a_dropped_third_party_body_is_still_found_as_the_engine_would_on_the_whole_run()
    {
        const string Email = "jane.doe@example.org";
        var padding = new string('a', DecodeRun.KeptBodyChars);
        var body = padding + "&email=" + Uri.EscapeDataString(Email) + "&more=" + padding;
        var path = _folder.Write("upload.har", HarReaderTests.Har(
            Document("https://www.example.org/"),
            HarReaderTests.Entry("https://www.facebook.com/tr/?id=1&ev=PageView&dl=https%3A%2F%2Fwww.example.org%2F"),
            HarReaderTests.Entry("https://forms.other.net/submit", body: body),
            HarReaderTests.Entry("https://forms.other.net/submit", body: body)));
        var options = new DecodeOptions([], new Dictionary<string, string> { ["email"] = Email });

        var run = Decode(path, options);
        var whole = run with { Requests = HarReader.Read(path, run.Journey).ToList() };

        var typed = run.Findings.Single(finding => finding.Category == FindingCategory.TypedData);
        Assert.That(typed.RequestId, Is.EqualTo(3), "the first of the two identical requests");
        Assert.That(typed.Parameter, Is.EqualTo("body"));
        Assert.That(run.Requests[2].BodyText, Is.Null, "searched, then dropped");
        Assert.That(run.Findings, Is.EqualTo(FindingsEngine.Analyse(whole)));
    }

    [Test]
    public void The_tracker_requests_read_back_are_those_decoded_from_the_whole_file()
    {
        var path = _folder.Write("chrome.har", ChromeHar.Text);

        var run = Decode(path);
        var direct = TrackerDecoding.Decode(HarReader.Read(path, run.Journey).ToList(), TrackerRegistry.Catalogue(), Logger.None);

        Assert.That(run.TrackerRequests, Has.Count.EqualTo(direct.Count));
        Assert.That(
            run.TrackerRequests.Select(decoded => JsonSerializer.Serialize(decoded, JsonDefaults.Compact)),
            Is.EqualTo(direct.Select(decoded => JsonSerializer.Serialize(decoded, JsonDefaults.Compact))));
        Assert.That(JsonSerializer.Serialize(run.TrackerRequests[1], JsonDefaults.Compact), Is.EqualTo(JsonSerializer.Serialize(direct[1], JsonDefaults.Compact)), "by index too");
    }

    [Test]
    public void A_cut_HAR_is_a_failed_run_of_the_entries_before_the_cut_with_the_position()
    {
        var whole = ChromeHar.Text;
        var path = _folder.Write("cut.har", whole[..(whole.IndexOf("\"_resourceType\": \"script\"", StringComparison.Ordinal) + 5)]);

        var run = Decode(path);

        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
        Assert.That(run.Error, Does.StartWith(path + " is not a readable HAR file: at byte ").And.Contain("(line "));
        Assert.That(run.Requests, Has.Count.EqualTo(3));
        Assert.That(run.TrackerRequests.SelectMany(decoded => decoded.Events).Select(e => e.Name), Is.EqualTo(new[] { "PageView", "SubscribedButtonClick" }));
        Assert.That(run.Findings, Is.Not.Empty);
    }

    [Test]
    public void Cancelling_ends_the_run_as_interrupted()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var run = DecodeRun.Decode(HarInput.Open(_folder.Write("chrome.har", ChromeHar.Text)), 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, cancellation.Token);

        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Interrupted));
        Assert.That(run.Requests, Is.Empty);
    }

    [Test]
    public void The_start_page_is_the_first_document_else_the_first_page_else_the_first_URL()
    {
        static CapturedRequest Request(string url, string type = "other", string? page = null) =>
            SomeRun.Request(1, url, resourceType: type, step: 0, stepName: "capture") with { Time = DateTimeOffset.UnixEpoch, Journey = "j", PageUrl = page };

        Assert.Multiple(() =>
        {
            Assert.That(DecodeRun.StartUrlOf([Request("https://t.net/a", page: "https://p.org/"), Request("https://d.org/", "document")]), Is.EqualTo("https://d.org/"));
            Assert.That(DecodeRun.StartUrlOf([Request("https://t.net/a", page: "https://p.org/"), Request("https://t.net/b")]), Is.EqualTo("https://p.org/"));
            Assert.That(DecodeRun.StartUrlOf([Request("https://t.net/a"), Request("https://t.net/b", page: "https://p.org/")]), Is.EqualTo("https://t.net/a"));
            Assert.That(DecodeRun.StartUrlOf([]), Is.Empty);
        });
    }

    private static string Document(string url) =>
        HarReaderTests.Entry(url).Replace("{\"startedDateTime\"", "{\"_resourceType\": \"document\", \"startedDateTime\"", StringComparison.Ordinal);
}
