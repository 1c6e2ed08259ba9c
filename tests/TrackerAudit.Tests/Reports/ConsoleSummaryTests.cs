using TrackerAudit.Reports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports;

public sealed class ConsoleSummaryTests
{
    // What a hostile page can make a pixel carry: a carriage return and a forged line, an erase-line and an OSC
    // title sequence, and a right-to-left override.
    private const string Forgery = "\r\u001b[2KExit code 0. No findings.\n\u001b]0;owned\u0007\u202Egnp.exe";

    [Test]
    public void Prints_site_supplied_text_with_every_control_character_shown_not_obeyed()
    {
        var url = "https://www.facebook.com/tr/?id=1234&ev=PageView&dl=" + Uri.EscapeDataString("https://site.example/" + Forgery)
            + "&pmd%5Btitle%5D=" + Uri.EscapeDataString("Title" + Forgery);
        var run = SomeRun.Journey().Decoding(SomeRun.Request(1, url));

        var summary = ConsoleSummary.Render(SomeRun.Report(run), "reports/run");

        Assert.Multiple(() =>
        {
            Assert.That(run.TrackerRequests.SelectMany(decoded => decoded.Events).Single().PageTitle, Does.Contain("\u001b]0;"), "the decoder keeps the raw value");
            Assert.That(summary.Where(c => char.IsControl(c) && c != '\n' || c is '\u202E'), Is.Empty);
            Assert.That(summary.Split('\n'), Has.None.StartsWith("Exit code 0"));
            Assert.That(summary, Does.Contain(@"Title\r\x1B[2KExit code 0. No findings.\n\x1B]0;owned\x07\u202Egnp.exe"));
        });
    }

    [Test]
    public void Leaves_ordinary_text_untouched_and_escapes_idempotently()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TerminalText.Escape("Report rape or sexual assault — «Polizei» 警察"), Is.EqualTo("Report rape or sexual assault — «Polizei» 警察"));
            Assert.That(TerminalText.Escape(TerminalText.Escape("a\u001bb\u0085c")), Is.EqualTo(@"a\x1Bb\x85c"));
        });
    }
}
