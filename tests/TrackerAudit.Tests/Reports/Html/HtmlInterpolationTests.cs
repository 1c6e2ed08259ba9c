using TrackerAudit.Reports.Html;

namespace TrackerAudit.Tests.Reports.Html;

public sealed class HtmlInterpolationTests
{
    [Test]
    public void Encodes_every_interpolated_string_and_keeps_the_template()
    {
        var captured = "<a href='x'>\"&";

        var html = Markup.Format($"<td class=\"v\">{captured}</td>").Value;

        Assert.That(html, Is.EqualTo("<td class=\"v\">&lt;a href=&#39;x&#39;&gt;&quot;&amp;</td>"));
    }

    [Test]
    public void Inserts_markup_unencoded_and_numbers_invariantly()
    {
        var inner = Markup.Format($"<b>{"<i>"}</b>");

        var html = Markup.Format($"<p>{inner} {1234.5}</p>").Value;

        Assert.That(html, Is.EqualTo("<p><b>&lt;i&gt;</b> 1234.5</p>"));
    }

    [Test]
    public void The_policy_allows_exactly_the_report_script()
    {
        var expected = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReportScript.Source))) + "'";

        Assert.Multiple(() =>
        {
            Assert.That(HtmlReportWriter.ContentSecurityPolicy, Does.StartWith("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src " + expected));
            Assert.That(HtmlReportWriter.ContentSecurityPolicy, Does.Not.Contain("unsafe-eval").And.Not.Contain("http"));
        });
    }
}
