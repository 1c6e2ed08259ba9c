using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class UrlPartsTests
{
    [TestCase("https://www.facebook.com/tr/?id=1#x", "www.facebook.com", "/tr/", "id=1")]
    [TestCase("https://user:pw@www.facebook.com:8443/tr?id=1", "www.facebook.com", "/tr", "id=1")]
    [TestCase("https://www.facebook.com?id=1", "www.facebook.com", "/", "id=1")]
    [TestCase("https://[::1]:8080/a/b", "[::1]", "/a/b", "")]
    [TestCase("not a url", "not a url", "/", "")]
    public void Cuts_a_url_into_host_path_and_query(string url, string host, string path, string query)
    {
        Assert.Multiple(() =>
        {
            Assert.That(UrlParts.Host(url).ToString(), Is.EqualTo(host));
            Assert.That(UrlParts.Path(url).ToString(), Is.EqualTo(path));
            Assert.That(UrlParts.Query(url).ToString(), Is.EqualTo(query));
        });
    }
}
