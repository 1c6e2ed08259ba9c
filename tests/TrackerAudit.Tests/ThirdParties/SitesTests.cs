using TrackerAudit.Findings;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

public sealed class SitesTests
{
    [TestCase("www.facebook.com", "facebook.com")]
    [TestCase("connect.facebook.net", "facebook.net")]
    [TestCase("www.met.police.uk", "met.police.uk")]
    [TestCase("report.example.co.uk", "example.co.uk")]
    [TestCase("127.0.0.1", "127.0.0.1")]
    [TestCase("localhost", "localhost")]
    public void The_site_of_a_host_is_its_registrable_domain(string host, string site)
    {
        Assert.That(Sites.SiteOf(host), Is.EqualTo(site));
    }

    [Test]
    public void Requests_to_another_site_are_third_party()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sites.IsThirdParty("https://www.facebook.com/tr/", "met.police.uk"), Is.True);
            Assert.That(Sites.IsThirdParty("https://cdn.met.police.uk/app.js", "met.police.uk"), Is.False);
            Assert.That(Sites.IsThirdParty("http://127.0.0.1:5000/x", "127.0.0.1"), Is.False);
        });
    }
}
