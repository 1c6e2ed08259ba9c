using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.TikTok;

namespace TrackerAudit.Tests.Trackers.TikTok;

// Bad input decodes as far as it can, with warnings; the decoder never throws.
public sealed class TikTokMalformedTests
{
    private const string Event = "https://analytics.tiktok.com/api/v2/pixel";
    private const string Action = "https://analytics.tiktok.com/api/v2/pixel/act";

    private readonly TikTokDecoder _decoder = new();

    [Test]
    public void A_truncated_body_is_an_event_without_a_name_and_a_warning()
    {
        // Edtech line 31 (classdojo.com /act Click) cut in the middle.
        var body = Corpus.Request(Corpus.Edtech, 31, Action).BodyText!;
        var request = Requests.Post(Action, "text/plain;charset=UTF-8", body[..(body.Length / 2)]);

        var result = _decoder.Decode(request);

        var trackerEvent = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Name, Is.EqualTo("(no event name)"));
            Assert.That(result.Warnings, Has.Some.Contains("not valid JSON"));
            Assert.That(result.Warnings, Has.Some.StartsWith("context.pixel.code missing"));
        });
    }

    [Test]
    public void An_analytics_message_that_is_not_base64_is_a_warning()
    {
        var result = _decoder.Decode(Requests.Get(Event + "?analytics_message=%%%not-base64"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no event name)"));
            Assert.That(result.Warnings, Has.Some.Contains("neither JSON nor base64"));
        });
    }

    [Test]
    public void A_bad_base64_of_gzip_body_is_a_warning()
    {
        var result = _decoder.Decode(Requests.Post(Event, "text/plain", "H4sIAAAA!!!broken"));

        Assert.That(result.Warnings, Has.Some.Contains("does not decode"));
    }

    [Test]
    public void A_bad_timestamp_and_bad_nested_metadata_are_warnings_not_failures()
    {
        const string json = "{\"action\":\"Metadata\",\"timestamp\":\"yesterday\",\"context\":{\"pixel\":{\"code\":\"CABCDEFGHIJKLMNOPQRS\"}},"
            + "\"auto_collected_properties\":{\"content_data\":{\"meta\":\"{\\\"title\\\":\"}}}";

        var result = _decoder.Decode(Requests.Post(Action, "text/plain", json));

        var metadata = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Name, Is.EqualTo("Metadata"));
            Assert.That(metadata.EventTime, Is.Null);
            Assert.That(metadata.FieldValue("auto_collected_properties.content_data.meta"), Is.EqualTo("{\"title\":"));
            Assert.That(result.Warnings, Has.Some.Contains("timestamp"));
            Assert.That(result.Warnings, Has.Some.Contains("content_data.meta"));
        });
    }

    [Test]
    public void A_huge_value_is_kept_whole()
    {
        var text = new string('x', 200_000);
        var json = "{\"event\":\"ClickButton\",\"context\":{\"pixel\":{\"code\":\"CABCDEFGHIJKLMNOPQRS\"}},\"properties\":{\"label\":\"" + text + "\"}}";

        var click = _decoder.Decode(Requests.Post(Event, "text/plain", json)).Events.Single();

        Assert.That(click.FieldValue("properties.label"), Has.Length.EqualTo(200_000));
    }

    [Test]
    public void An_empty_post_is_an_event_without_a_name()
    {
        var result = _decoder.Decode(Requests.Post(Event, "text/plain", ""));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("(no event name)"));
            Assert.That(result.Warnings, Has.Some.Contains("no payload"));
        });
    }
}
