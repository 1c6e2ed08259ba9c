using TrackerAudit.Browsing;
using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

public sealed class RunHeaderTests
{
    [Test]
    public void A_remote_browser_and_what_it_lacked_are_in_the_header()
    {
        using var folder = new TempFolder();
        var browser = new BrowserInfo("Chromium", "156.0.1", "/usr/lib/chromium/chromium", "Playwright server at ws://10.0.0.5:3000/", true, "Mozilla/5.0")
        {
            Mode = BrowserMode.Remote,
            Endpoint = "ws://10.0.0.5:3000/",
            NotAvailable = [RemoteBrowser.NetworkLogNote],
        };

        var html = HtmlReportWriter.Render(SomeRun.Report() with { Browser = browser }, folder.Path);

        Assert.That(html, Does.Contain("headless, remote").And.Contain("<dt>Not available</dt>").And.Contain("Chromium&#39;s network log"));
    }
}
