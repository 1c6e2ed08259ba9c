using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.LinkedIn;

namespace TrackerAudit.Tests.Trackers.LinkedIn;

// Bad input decodes as far as it can, with warnings; the decoder never throws.
public sealed class LinkedInMalformedTests
{
    private const string WebActivity = "https://px.ads.linkedin.com/wa/";

    private readonly LinkedInDecoder _decoder = new();

    [Test]
    public void A_truncated_wa_body_is_a_signal_without_a_type_and_warnings()
    {
        // Edtech line 1 (raz-kids.com /wa/ CLICK) cut in the middle.
        var body = Corpus.Request(Corpus.Edtech, 1, WebActivity).BodyText!;

        var result = _decoder.Decode(Requests.Post(WebActivity, "text/plain", body[..(body.Length / 2)]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no signal type)"));
            Assert.That(result.Warnings, Has.Some.Contains("not valid JSON"));
            Assert.That(result.Warnings, Has.Some.StartWith("pids missing"));
        });
    }

    [Test]
    public void A_base64_of_gzip_body_that_does_not_inflate_is_a_warning()
    {
        var result = _decoder.Decode(Requests.Post(WebActivity, "text/plain", "H4sIAAAAAAAAA_not_really"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events, Has.Count.EqualTo(1));
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no signal type)"));
            Assert.That(result.Warnings, Has.Some.StartWith("body"));
        });
    }

    [Test]
    public void A_collect_without_pid_or_with_a_bad_time_is_decoded_with_warnings()
    {
        var result = _decoder.Decode(Requests.Get("https://px.ads.linkedin.com/collect?time=soon&url=https%3A%2F%2Fexample.org%2F"));

        var visit = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(visit.PageUrl, Is.EqualTo("https://example.org/"));
            Assert.That(visit.AccountId, Is.Null);
            Assert.That(visit.EventTime, Is.Null);
            Assert.That(result.Warnings, Has.Some.StartWith("pid missing"));
            Assert.That(result.Warnings, Has.Some.StartWith("time:"));
        });
    }

    [Test]
    public void An_empty_wa_post_is_a_warning()
    {
        var result = _decoder.Decode(Requests.Post(WebActivity, "text/plain", ""));

        Assert.That(result.Warnings, Has.Some.StartWith("no body"));
    }
}
