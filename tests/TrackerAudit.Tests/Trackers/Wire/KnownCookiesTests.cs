using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class KnownCookiesTests
{
    private readonly KnownCookies _cookies = new(new Dictionary<string, KnownField>
    {
        ["bid"] = new("browser id", FieldSensitivity.Identifier),
    });

    [Test]
    public void Describes_known_cookies_and_keeps_unknown_ones()
    {
        var fields = _cookies.Fields(Requests.Get("https://tracker.example/").WithCookie("bid=\"b%201\"; other=2"));

        Assert.That(fields, Is.EqualTo(new TrackerField[]
        {
            new("cookie:bid", "b 1", "browser id", FieldSensitivity.Identifier),
            new("cookie:other", "2", null, FieldSensitivity.Unknown),
        }));
    }

    [Test]
    public void Reads_each_cookie_header_once()
    {
        var first = _cookies.Fields(Requests.Get("https://tracker.example/a").WithCookie("bid=1"));
        var second = _cookies.Fields(Requests.Get("https://tracker.example/b").WithCookie("bid=1"));

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(_cookies.Fields(Requests.Get("https://tracker.example/")), Is.Empty);
        });
    }
}
