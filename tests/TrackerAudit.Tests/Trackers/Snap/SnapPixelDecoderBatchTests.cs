using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Snap;

namespace TrackerAudit.Tests.Trackers.Snap;

// The corpus has no JSON batch: these requests are written from tracker-protocols-more.md section 1.9, shape 3
// ({"ctx":{url, ua, sh, sw, c1, ...},"req":[{"t":{pid, ev, u_hem, u_c1, ...},"del":...},{"md":{"md":[{tagProtocol, tagData}]}},{"i":...},{"log":...}]}).
public sealed class SnapPixelDecoderBatchTests
{
    private const string Hem = "5f2b7d3c0a4e4b1c8d9e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c";

    private static readonly string Batch =
        """
        {"ctx":{"url":"https://clinic.example/appointments/abortion","ua":"Mozilla/5.0","sh":812,"sw":375,"c1":"0b3c6b1e-3c9a-4d57-9a43-0b7d8a0f2d11","ls":true,"ss":true,"si":2,"bt":"__LIVE__","v":"3.44.6-2507082311","ts":1752000000000,"a":[1,2]},
         "req":[
          {"t":{"pid":"11111111-2222-3333-4444-555555555555","ev":"PAGE_VIEW","u_hem":"HEM","u_c1":"0b3c6b1e-3c9a-4d57-9a43-0b7d8a0f2d11","cdid":"c-1","u_sclid":"sc-9","u_scsid":"ss-7","gat":"AW-1,G-2","gac":""},"del":1},
          {"t":{"pid":"11111111-2222-3333-4444-555555555555","ev":"VIEW_CONTENT","e_desc":"Abortion pill appointment"},"del":1},
          {"md":{"md":[{"tagProtocol":3,"tagData":{"og:title":"Book an abortion appointment","og:description":"Same-week visits"}}]}},
          {"i":{"pids":["11111111-2222-3333-4444-555555555555"]}},
          {"log":{"level":"info"}}
         ]}
        """.Replace("HEM", Hem, StringComparison.Ordinal);

    private readonly SnapPixelDecoder _decoder = new();

    private DecodeResult Decode(string body) =>
        _decoder.Decode(Requests.Post("https://tr.snapchat.com/p", "text/plain;charset=UTF-8", body, "ping"));

    [Test]
    public void Decodes_each_t_entry_of_a_JSON_batch_as_an_event_with_the_shared_ctx()
    {
        var result = Decode(Batch);

        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.Events.Select(e => e.Name), Is.EqualTo(new[] { "PAGE_VIEW", "VIEW_CONTENT", "page metadata" }));
        var pageView = result.Events[0];
        Assert.Multiple(() =>
        {
            Assert.That(pageView.AccountId, Is.EqualTo("11111111-2222-3333-4444-555555555555"));
            Assert.That(pageView.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(pageView.NameParameter, Is.EqualTo("req[0].t.ev"));
            Assert.That(pageView.Transport, Is.EqualTo("SB"));
            Assert.That(pageView.PageUrl, Is.EqualTo("https://clinic.example/appointments/abortion"));
            Assert.That(pageView.PageTitle, Is.EqualTo("Book an abortion appointment"));
            Assert.That(pageView.LibraryVersion, Is.EqualTo("3.44.6-2507082311"));
            Assert.That(pageView.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1752000000000)));
            Assert.That(pageView.Field("req[0].t.u_hem").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(pageView.Field("req[0].t.u_hem").Value, Is.EqualTo(Hem));
            Assert.That(pageView.Field("req[0].t.u_c1").Cookie, Is.EqualTo("_scid"));
            Assert.That(pageView.Field("ctx.c1").Cookie, Is.EqualTo("_scid"));
            Assert.That(pageView.Field("req[0].t.u_sclid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(pageView.Field("ctx.ua").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(pageView.FieldValue("req[3].i.pids[0]"), Is.EqualTo("11111111-2222-3333-4444-555555555555"));
        });
        var viewContent = result.Events[1];
        Assert.That(viewContent.Field("req[1].t.e_desc").Value, Is.EqualTo("Abortion pill appointment"));
        Assert.That(viewContent.Field("req[1].t.e_desc").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        Assert.That(viewContent.PageUrl, Is.EqualTo("https://clinic.example/appointments/abortion"));
        Assert.That(viewContent.FieldsAt("req[0].t.u_hem"), Is.Empty, "entries do not share their own values");
    }

    [Test]
    public void Decodes_the_md_entry_as_automatically_read_page_metadata()
    {
        var metadata = Decode(Batch).Events[2];

        Assert.Multiple(() =>
        {
            Assert.That(metadata.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(metadata.Meaning, Is.EqualTo(EventMeaning.Custom));
            Assert.That(metadata.NameParameter, Is.EqualTo("req[2].md"));
            Assert.That(metadata.AccountId, Is.EqualTo("11111111-2222-3333-4444-555555555555"));
            Assert.That(metadata.PageTitle, Is.EqualTo("Book an abortion appointment"));
            Assert.That(metadata.Field("req[2].md.md[0].tagData.og:description").Value, Is.EqualTo("Same-week visits"));
            Assert.That(metadata.Field("req[2].md.md[0].tagData.og:description").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void A_truncated_batch_decodes_to_one_event_with_a_warning()
    {
        var result = Decode(Batch[..200]);

        Assert.That(result.Events, Has.Count.EqualTo(1));
        Assert.That(result.Warnings, Has.Some.Contains("not valid JSON"));
        Assert.That(result.Warnings, Has.Some.Contains("no event"));
        Assert.That(result.Events[0].Name, Is.EqualTo("(no event name)"));
    }

    [Test]
    public void A_batch_without_t_entries_still_names_the_pixel_from_the_query()
    {
        var result = _decoder.Decode(Requests.Post("https://tr.snapchat.com/p?pid=abc", "text/plain", """{"ctx":{"url":"https://a.example/"},"req":[]}"""));

        var trackerEvent = result.Events.Single();
        Assert.That(trackerEvent.AccountId, Is.EqualTo("abc"));
        Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://a.example/"));
    }
}
