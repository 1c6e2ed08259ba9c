using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelDecoderEndpointTests
{
    private readonly MetaPixelDecoder _decoder = new();

    [TestCase("https://www.facebook.com/tr/?id=1&ev=PageView")]
    [TestCase("https://www.facebook.com/tr?id=1&ev=PageView")]
    [TestCase("https://facebook.com/tr/?id=1&ev=PageView")]
    [TestCase("https://WWW.Facebook.com:443/tr/")]
    [TestCase("https://www.instagram.com/tr/?id=1&ev=PageView")]
    [TestCase("https://www.facebook.com/privacy_sandbox/pixel/register/trigger/?id=1&ev=PageView")]
    [TestCase("https://www.facebook.com/privacy_sandbox/topics/registration/?id=1")]
    [TestCase("https://connect.facebook.net/en_US/fbevents.js")]
    [TestCase("https://connect.facebook.net/signals/config/660763031035814?v=2.9.138&r=stable")]
    [TestCase("https://connect.facebook.net/signals/plugins/identity.js?v=2.9.138")]
    public void Accepts_Meta_Pixel_urls(string url) => Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.True);

    [TestCase("https://www.facebook.com/")]
    [TestCase("https://www.facebook.com/tracking/?id=1")]
    [TestCase("https://www.facebook.com/plugins/like.php?href=x")]
    [TestCase("https://connect.facebook.net/en_US/sdk.js")]
    [TestCase("https://connect.facebook.net/fbevents.js")]
    [TestCase("https://notfacebook.com/tr/?id=1")]
    [TestCase("https://www.facebook.com.example.org/tr/?id=1")]
    [TestCase("https://example.org/tr/?u=https://www.facebook.com/tr/")]
    [TestCase("https://www.google-analytics.com/g/collect?v=2")]
    [TestCase("not a url")]
    public void Rejects_other_urls(string url) => Assert.That(_decoder.CanDecode(Requests.Get(url)), Is.False);

    [Test]
    public void Flags_privacy_sandbox_trigger_as_a_duplicate_decoded_like_a_beacon()
    {
        var request = Requests.Get("https://www.facebook.com/privacy_sandbox/pixel/register/trigger/?id=660763031035814&ev=PageView"
            + "&dl=https%3A%2F%2Fwww.raz-kids.com%2F&ts=1700083208854&rqm=FGET");

        var trigger = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trigger.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trigger.Name, Is.EqualTo("PageView"));
            Assert.That(trigger.AccountId, Is.EqualTo("660763031035814"));
            Assert.That(trigger.PageUrl, Is.EqualTo("https://www.raz-kids.com/"));
            Assert.That(trigger.Transport, Is.EqualTo("FGET"));
        });
    }

    [Test]
    public void Records_topics_registration_as_a_duplicate_with_the_pixel_id()
    {
        var request = Requests.Get("https://www.facebook.com/privacy_sandbox/topics/registration/?id=660763031035814");

        var result = _decoder.Decode(request);

        var registration = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(registration.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(registration.Name, Is.EqualTo("topics registration"));
            Assert.That(registration.AccountId, Is.EqualTo("660763031035814"));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Records_the_library_load()
    {
        var request = Requests.Get("https://connect.facebook.net/en_US/fbevents.js", "script");

        var load = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(load.Kind, Is.EqualTo(TrackerEventKind.Library));
            Assert.That(load.Name, Is.EqualTo("library loaded"));
            Assert.That(load.AccountId, Is.Null);
            Assert.That(load.FieldValue("path:locale"), Is.EqualTo("en_US"));
        });
    }

    [Test]
    public void Records_pixel_id_and_version_of_a_config_load()
    {
        var request = Requests.Get("https://connect.facebook.net/signals/config/660763031035814?v=2.9.138&r=stable", "script");

        var config = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(config.Kind, Is.EqualTo(TrackerEventKind.Config));
            Assert.That(config.Name, Is.EqualTo("config loaded"));
            Assert.That(config.AccountId, Is.EqualTo("660763031035814"));
            Assert.That(config.LibraryVersion, Is.EqualTo("2.9.138"));
            Assert.That(config.FieldValue("r"), Is.EqualTo("stable"));
        });
    }

    [Test]
    public void Records_a_plugin_load_as_a_library_load()
    {
        var request = Requests.Get("https://connect.facebook.net/signals/plugins/inferredEvents.js?v=2.9.138", "script");

        var plugin = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(plugin.Kind, Is.EqualTo(TrackerEventKind.Library));
            Assert.That(plugin.Name, Is.EqualTo("plugin loaded"));
            Assert.That(plugin.FieldValue("path:plugin"), Is.EqualTo("inferredEvents.js"));
            Assert.That(plugin.LibraryVersion, Is.EqualTo("2.9.138"));
        });
    }

    [Test]
    public void Is_the_catalogue_decoder_for_facebook_beacons()
    {
        var decoder = TrackerRegistry.Catalogue().Find(Requests.Get("https://www.facebook.com/tr/?id=234816549288606&ev=PageView"));

        Assert.That(decoder, Is.InstanceOf<MetaPixelDecoder>());
    }
}
