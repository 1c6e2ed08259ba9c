using TrackerAudit.Browsing;

namespace TrackerAudit.Tests.Browsing;

public sealed class RemoteEndpointTests
{
    [TestCase("ws://127.0.0.1:3000/")]
    [TestCase("wss://grid.example.org/playwright?token=abc")]
    [TestCase("http://playwright.audit.svc:3000/")]
    public void Accepts_the_addresses_a_Playwright_server_listens_on(string text)
    {
        var endpoint = RemoteEndpoint.Parse(text, out var problem);

        Assert.That(endpoint, Is.Not.Null, problem);
    }

    [TestCase("not a url", "is not a URL")]
    [TestCase("ftp://127.0.0.1:3000/", "is not a ws://")]
    [TestCase("/tmp/server.sock", "is not a ws://")]
    public void Rejects_what_cannot_be_a_server_address_saying_why(string text, string reason)
    {
        var endpoint = RemoteEndpoint.Parse(text, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(endpoint, Is.Null);
            Assert.That(problem, Does.Contain(reason).And.Contain("ws://127.0.0.1:3000/"));
        });
    }

    [Test]
    public void The_record_leaves_out_credentials_and_query_which_carry_tokens()
    {
        var endpoint = new Uri("wss://user:secret@grid.example.org:443/pw?token=s3cr3t&browser=chromium");

        Assert.That(RemoteEndpoint.ForRecord(endpoint), Is.EqualTo("wss://grid.example.org/pw"));
    }

    [Test]
    public void The_recorded_command_line_holds_the_endpoint_without_its_token()
    {
        var endpoint = new Uri("ws://grid.example.org:3000/?token=s3cr3t");

        var scrubbed = RemoteEndpoint.Scrub("trackeraudit run journeys/ --connect ws://grid.example.org:3000/?token=s3cr3t --workers 2", endpoint);

        Assert.That(scrubbed, Is.EqualTo("trackeraudit run journeys/ --connect ws://grid.example.org:3000/ --workers 2"));
    }
}
