using System.IO.Compression;
using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Clarity;

namespace TrackerAudit.Tests.Trackers.Clarity;

// The corpus has no Clarity request: these uploads are written from tracker-protocols-more.md, section 1.13 (the
// payload and envelope), and the event layout of microsoft/clarity's clarity-js (types/data.d.ts) that it cites.
public sealed class ClarityDecoderTests
{
    private const string Collect = "https://l.clarity.ms/collect";

    // Envelope [version, sequence, start, duration, projectId, userId, sessionId, pageNum, upload, end]; a dimension
    // event (type 1) with the URL (1), referrer (2) and title (3); a custom tag (34); a click (9) whose text is at 10.
    private const string Payload =
        "{\"e\":[\"0.7.16\",1,0,1534,\"abc123xyz\",\"1kq2w3e\",\"9zx8c7v\",1,0,0],"
        + "\"a\":[[12,1,1,[\"https://clinic.example/report/rape\"],2,[\"https://clinic.example/\"],3,[\"Report a rape\"]],"
        + "[20,34,\"visitorType\",[\"survivor\"]],"
        + "[900,9,41,200,300,10,10,0,1,0,\"Start my report\",\"https://clinic.example/report/start\",\"1a.2b\"]],"
        + "\"p\":[[5,5,1,null,\"html\"],[6,6,2,1,\"body\"]]}";

    private readonly ClarityDecoder _decoder = new();

    [Test]
    public void Decodes_a_gzip_upload_with_project_user_page_and_says_it_carries_session_replay()
    {
        var request = Requests.PostBytes(Collect, "text/plain", Gzip(Payload));

        var result = _decoder.Decode(request);

        var upload = result.Events[0];
        Assert.Multiple(() =>
        {
            Assert.That(_decoder.CanDecode(request), Is.True);
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(upload.Tracker.Id, Is.EqualTo("microsoft-clarity"));
            Assert.That(upload.AccountId, Is.EqualTo("abc123xyz"));
            Assert.That(upload.Name, Is.EqualTo("session replay upload"));
            Assert.That(upload.PageUrl, Is.EqualTo("https://clinic.example/report/rape"));
            Assert.That(upload.Referrer, Is.EqualTo("https://clinic.example/"));
            Assert.That(upload.PageTitle, Is.EqualTo("Report a rape"));
            Assert.That(upload.LibraryVersion, Is.EqualTo("0.7.16"));
            Assert.That(upload.Field("e.userId").Cookie, Is.EqualTo("_clck"));
            Assert.That(upload.Field("e.sessionId").Cookie, Is.EqualTo("_clsk"));
            Assert.That(upload.FieldValue("p.count"), Is.EqualTo("2"));
            Assert.That(upload.Field("p.count").Meaning, Does.Contain("replay"));
            Assert.That(upload.FieldValue("variable.visitorType"), Is.EqualTo("survivor"));
        });
    }

    [Test]
    public void Decodes_a_click_with_the_text_of_what_was_clicked()
    {
        var click = _decoder.Decode(Requests.PostBytes(Collect, null, Gzip(Payload))).Events.Single(e => e.Meaning == EventMeaning.Click);

        Assert.Multiple(() =>
        {
            Assert.That(click.ClickedText, Is.EqualTo("Start my report"));
            Assert.That(click.AccountId, Is.EqualTo("abc123xyz"));
            Assert.That(click.FieldValue("click.link"), Is.EqualTo("https://clinic.example/report/start"));
        });
    }

    [Test]
    public void Decodes_the_last_upload_sent_as_plain_text_by_send_beacon()
    {
        var upload = _decoder.Decode(Requests.Post(Collect, "text/plain", Payload)).Events[0];

        Assert.That(upload.AccountId, Is.EqualTo("abc123xyz"));
    }

    [Test]
    public void Reads_the_tag_load_as_config_naming_the_project()
    {
        var tag = _decoder.Decode(Requests.Get("https://www.clarity.ms/tag/abc123xyz", "script")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(tag.Kind, Is.EqualTo(TrackerEventKind.Config));
            Assert.That(tag.AccountId, Is.EqualTo("abc123xyz"));
        });
    }

    [Test]
    public void Warns_about_gzip_that_does_not_inflate_and_a_truncated_payload_without_throwing()
    {
        var bytes = Gzip(Payload);
        var cut = _decoder.Decode(Requests.PostBytes(Collect, null, bytes[..(bytes.Length / 2)]));
        var truncated = _decoder.Decode(Requests.Post(Collect, "text/plain", Payload[..80]));

        Assert.Multiple(() =>
        {
            Assert.That(cut.Events, Is.Not.Empty);
            Assert.That(cut.Warnings, Is.Not.Empty);
            Assert.That(truncated.Events[0].AccountId, Is.Null);
            Assert.That(truncated.Warnings, Has.Some.Contains("not valid JSON"));
        });
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    [Test]
    public void Claims_no_line_of_the_corpus_since_all_of_them_belong_to_other_trackers()
    {
        var claimed = Corpus.All().Where(line => _decoder.CanDecode(line.Request())).Select(line => line.ToString()).ToList();

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void Warns_about_a_captured_body_that_is_not_base64_and_still_names_the_tracker()
    {
        var request = Requests.Post(Collect, null, "") with { BodyText = null, BodyBase64 = "%%% not base64 %%%" };

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Tracker.Id, Is.EqualTo("microsoft-clarity"));
            Assert.That(result.Warnings, Has.Some.Contains("base64"));
        });
    }
}
