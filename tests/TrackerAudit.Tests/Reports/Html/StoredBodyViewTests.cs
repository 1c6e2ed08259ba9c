using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

/// <summary>The raw view of a tracker request whose body is in bodies/: its start, and a link to all of it.</summary>
public sealed class StoredBodyViewTests
{
    [Test]
    public async Task A_stored_body_is_shown_in_part_with_a_link_to_its_file()
    {
        using var folder = new TempFolder();
        var body = "id=" + SomeRun.PixelId + "&ev=PageView&cd[blob]=" + new string('q', RawRequestView.ShownStoredBodyLength) + "TAIL";
        var (request, decoded) = SomeRun.Beacon(3, "PageView", "http://127.0.0.1:5000/");
        var stored = await new RequestBodies(folder.Path, limit: 0).StoreAsync(request with { Method = "POST" }, Encoding.UTF8.GetBytes(body), CancellationToken.None);
        var report = SomeRun.Report(SomeRun.Journey() with { Requests = [stored], TrackerRequests = [decoded] });

        var html = HtmlReportWriter.Render(report, folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("href=\"bodies/3.bin\">bodies/3.bin</a>"));
            Assert.That(html, Does.Contain(stored.BodySha256));
            Assert.That(html, Does.Contain("id=" + SomeRun.PixelId + "&amp;ev=PageView&amp;cd[blob]=qqq"));
            Assert.That(html, Does.Not.Contain("TAIL"), "the rest is one click away");
        });
    }
}
