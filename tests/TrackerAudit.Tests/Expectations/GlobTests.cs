using TrackerAudit.Expectations;
using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Expectations;

public sealed class GlobTests
{
    [TestCase("**/report/**", "https://www.example.org/report/rape/", true)]
    [TestCase("**/report/**", "http://127.0.0.1:5000/report/when/?d=1", true)]
    [TestCase("**/report/**", "https://www.example.org/myreport/x", false)]
    [TestCase("**/report/**", "https://www.example.org/report", false)]
    [TestCase("**/report/*", "https://www.example.org/report/a/b", false)]
    [TestCase("**/report/*", "https://www.example.org/report/a", true)]
    [TestCase("https://www.example.org/**", "https://www.example.org/a/b?c=d", true)]
    [TestCase("**/contact/?*", "https://www.example.org/contact/?place=x", true)]
    [TestCase("**/contact/?*", "https://www.example.org/contact/", false)]
    [TestCase("**/{report,contact}/**", "https://www.example.org/contact/x", true)]
    [TestCase("**/{report,contact}/**", "https://www.example.org/about/x", false)]
    [TestCase("**/a.b/**", "https://www.example.org/axb/c", false)]
    public void Matches_page_URLs_like_Playwright(string pattern, string url, bool matches)
    {
        Assert.That(UrlGlob.Matches(pattern, url), Is.EqualTo(matches));
    }

    [TestCase("**/{report", false)]
    [TestCase("**/report/**", true)]
    public void Tells_a_URL_glob_it_cannot_match_with(string pattern, bool valid)
    {
        Assert.That(UrlGlob.IsValid(pattern), Is.EqualTo(valid));
    }

    [TestCase("*.facebook.com", "www.facebook.com", true)]
    [TestCase("*.facebook.com", "a.b.facebook.com", true)]
    [TestCase("*.facebook.com", "facebook.com", false)]
    [TestCase("*.facebook.com", "evilfacebook.com", false)]
    [TestCase("connect.facebook.net", "CONNECT.Facebook.net", true)]
    [TestCase("connect.facebook.net", "connectxfacebook.net", false)]
    [TestCase("*.google-analytics.*", "www.google-analytics.com", true)]
    public void Matches_hosts_by_glob(string pattern, string host, bool matches)
    {
        Assert.That(HostGlob.Matches(pattern, host), Is.EqualTo(matches));
    }

    [TestCase("*.facebook.com", true)]
    [TestCase("[::1]", true)]
    [TestCase("https://facebook.com", false)]
    [TestCase("facebook.com/tr", false)]
    [TestCase("facebook.com:443", false)]
    [TestCase("face book.com", false)]
    public void Tells_a_host_glob_from_a_URL(string pattern, bool valid)
    {
        Assert.That(HostGlob.IsValid(pattern), Is.EqualTo(valid));
    }
}
