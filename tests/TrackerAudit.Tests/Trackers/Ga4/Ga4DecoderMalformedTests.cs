using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.Ga4;

namespace TrackerAudit.Tests.Trackers.Ga4;

public sealed class Ga4DecoderMalformedTests
{
    private readonly Ga4Decoder _decoder = new();

    [Test]
    public void Decodes_a_truncated_hit_as_far_as_it_goes_with_warnings()
    {
        var request = Requests.Post("https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123&dl=https%3A%2F%2Fsite.example%2F&dt=Caf%C3", null, "en=page_view&gcd=11z");

        var result = _decoder.Decode(request);
        var trackerEvent = result.Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.PageUrl, Is.EqualTo("https://site.example/"));
            Assert.That(trackerEvent.PageTitle, Is.EqualTo("Caf%C3"));
            Assert.That(result.Warnings, Has.Some.Contains("dt").And.Some.Contains("gcd"));
        });
    }

    [Test]
    public void Reads_only_the_query_of_a_hit_whose_body_is_JSON_and_says_so()
    {
        var request = Requests.Post("https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123&en=page_view", "text/plain", "{\"en\":\"x\"");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("page_view"));
            Assert.That(result.Warnings, Has.Some.Contains("JSON"));
        });
    }

    [Test]
    public void Survives_a_huge_body_of_many_lines_without_throwing()
    {
        var body = string.Join("\r\n", Enumerable.Range(0, 2000).Select(i => $"en=scroll&epn.n={i}&ep.x={new string('x', 500)}"));
        var request = Requests.Post("https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123", null, body);

        var result = _decoder.Decode(request);

        Assert.That(result.Events, Has.Count.EqualTo(2000));
    }

    [Test]
    public void Warns_when_the_measurement_id_and_event_name_are_missing()
    {
        var result = _decoder.Decode(Requests.Post("https://www.google-analytics.com/g/collect?v=2", null, ""));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no event name)"));
            Assert.That(result.Warnings, Has.Some.Contains("tid missing").And.Some.Contains("en missing"));
        });
    }
}
