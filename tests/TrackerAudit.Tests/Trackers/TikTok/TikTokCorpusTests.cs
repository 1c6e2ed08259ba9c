using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.TikTok;

namespace TrackerAudit.Tests.Trackers.TikTok;

// Every test reads its line of the shared corpus at run time and cites it: file, line, start of the URL.
public sealed class TikTokCorpusTests
{
    private const string Event = "https://analytics.tiktok.com/api/v2/pixel";
    private const string Action = "https://analytics.tiktok.com/api/v2/pixel/act";

    private readonly TikTokDecoder _decoder = new();

    [Test]
    public void Decodes_every_tiktok_line_of_the_shared_corpus_with_its_pixel_code_and_event_name()
    {
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host == "analytics.tiktok.com"))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var result = _decoder.Decode(request);
            var trackerEvent = result.Events.Single();
            Assert.Multiple(() =>
            {
                Assert.That(trackerEvent.AccountId, Does.Match("^C[A-Z0-9]{19}$"), $"{line}: pixel code");
                Assert.That(trackerEvent.Name, Is.Not.Empty.And.Not.EqualTo("(no event name)"), $"{line}: event name");
                Assert.That(result.Warnings, Is.Empty, line.ToString());
            });
            decoded++;
        }

        // 7 in the edtech file (2 library loads, 2 events, 3 actions), 8 in the nonprofit file.
        Assert.That(decoded, Is.EqualTo(15));
    }

    [Test]
    public void Decodes_the_clicked_buttons_text_from_an_automatic_act_click()
    {
        // Edtech line 31: classdojo.com teacher login, /act with action "Click" and trigger_element.inner_text "Log in".
        var request = Corpus.Request(Corpus.Edtech, 31, Action);

        var click = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(click.Tracker.Id, Is.EqualTo("tiktok"));
            Assert.That(click.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(click.Name, Is.EqualTo("Click"));
            Assert.That(click.NameParameter, Is.EqualTo("action"));
            Assert.That(click.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(click.ClickedText, Is.EqualTo("Log in"));
            Assert.That(click.AccountId, Is.EqualTo("CI9MDN3C77U2H86ME27G"));
            Assert.That(click.PageUrl, Is.EqualTo("https://www.classdojo.com/"));
            Assert.That(click.Referrer, Is.Null);
            Assert.That(click.EventTime, Is.EqualTo(new DateTimeOffset(2023, 11, 15, 18, 19, 25, 127, TimeSpan.Zero)));
            Assert.That(click.LibraryVersion, Is.EqualTo("2.1.33"));
            Assert.That(click.Transport, Is.EqualTo("POST"));
            var text = click.Field("auto_collected_properties.trigger_element.inner_text");
            Assert.That(text.Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(click.FieldValue("auto_collected_properties.trigger_element.xpath"), Does.EndWith("/li[7]/button[1]"));
            Assert.That(click.Field("auto_collected_properties.trigger_element.attributes.class").Sensitivity, Is.EqualTo(FieldSensitivity.Medium));
            Assert.That(click.FieldValue("auto_collected_properties.trigger_element.position.x"), Is.EqualTo("337.1015625"));
        });
    }

    [Test]
    public void Links_the_anonymous_id_to_the_sites_ttp_cookie()
    {
        // Edtech line 31: classdojo.com, context.user.anonymous_id is the first-party _ttp (reference section 1.0).
        var click = _decoder.Decode(Corpus.Request(Corpus.Edtech, 31, Action)).Events.Single();

        var id = click.Field("context.user.anonymous_id");
        Assert.Multiple(() =>
        {
            Assert.That(id.Value, Is.EqualTo("iiulhQoZuEGKaBff7VNT2IzMMzK"));
            Assert.That(id.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(id.Cookie, Is.EqualTo("_ttp"));
            Assert.That(click.Field("context.session_id").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        });
    }

    [Test]
    public void An_act_click_on_an_element_without_text_is_a_click_without_clicked_text()
    {
        // Edtech line 29: classdojo.com, /act Click whose trigger_element.inner_text is empty.
        var click = _decoder.Decode(Corpus.Request(Corpus.Edtech, 29, Action)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(click.Meaning, Is.EqualTo(EventMeaning.Click));
            Assert.That(click.ClickedText, Is.Null);
            Assert.That(click.FieldValue("auto_collected_properties.trigger_element.inner_text"), Is.Empty);
            Assert.That(click.FieldValue("auto_collected_properties.trigger_element.tag"), Is.EqualTo("BUTTON"));
        });
    }

    [Test]
    public void Decodes_a_metadata_action_sent_to_two_pixel_codes()
    {
        // Edtech line 14: abcmouse.com, /act "Metadata" with context.pixel.codes naming two pixels and empty page metadata.
        var metadata = _decoder.Decode(Corpus.Request(Corpus.Edtech, 14, Action)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(metadata.Name, Is.EqualTo("Metadata"));
            Assert.That(metadata.Meaning, Is.EqualTo(EventMeaning.Custom));
            Assert.That(metadata.AccountId, Is.EqualTo("C2J87UCST06BEPRUG4F0"));
            Assert.That(metadata.FieldValue("context.pixel.codes"), Is.EqualTo("C2J87UCST06BEPRUG4F0|CH642RJC77UDT6H4LLG0"));
            Assert.That(metadata.FieldValue("auto_collected_properties.page_trigger"), Is.EqualTo("PageView"));
            Assert.That(metadata.Field("auto_collected_properties.content_data.meta").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(metadata.PageTitle, Is.Null);
            Assert.That(metadata.Referrer, Is.EqualTo("https://www.abcmouse.com/abc/login/"));
        });
    }

    [Test]
    public void Decodes_a_pageview_with_the_advanced_matching_diagnostics()
    {
        // Edtech line 12: abcmouse.com, /pixel "Pageview" with signal_diagnostic_labels.
        var pageView = _decoder.Decode(Corpus.Request(Corpus.Edtech, 12, Event)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(pageView.Name, Is.EqualTo("Pageview"));
            Assert.That(pageView.NameParameter, Is.EqualTo("event"));
            Assert.That(pageView.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(pageView.PageUrl, Is.EqualTo("https://www.abcmouse.com/abc/login/"));
            Assert.That(pageView.EventTime, Is.EqualTo(new DateTimeOffset(2023, 11, 15, 21, 43, 17, 833, TimeSpan.Zero)));
            var label = pageView.Field("signal_diagnostic_labels.raw_auto_email.label");
            Assert.That(label.Value, Is.EqualTo("missing"));
            Assert.That(label.Sensitivity, Is.EqualTo(FieldSensitivity.Low));
            Assert.That(pageView.Field("context.userAgent").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(pageView.Field("context.page.url").Sensitivity, Is.EqualTo(FieldSensitivity.High));
        });
    }

    [Test]
    public void Decodes_a_contact_event_as_a_conversion_on_the_page_that_sent_it()
    {
        // Nonprofit line 106: plannedparenthood.org, /pixel "Contact" on the Planned Parenthood Global page.
        var contact = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 106, Event)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(contact.Name, Is.EqualTo("Contact"));
            Assert.That(contact.Meaning, Is.EqualTo(EventMeaning.Conversion));
            Assert.That(contact.AccountId, Is.EqualTo("C25EUNFMU8Q03RAI4CE0"));
            Assert.That(contact.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/about-us/planned-parenthood-global"));
            Assert.That(contact.FieldValue("event_id"), Does.StartWith("eventId-1634566033451-"));
            Assert.That(contact.FieldValue("context.device.platform"), Is.EqualTo("ios"));
        });
    }

    [Test]
    public void Decodes_a_pageview_of_the_nonprofit_corpus()
    {
        // Nonprofit line 74: plannedparenthood.org, /pixel "Pageview" sent with the Contact of line 73.
        var pageView = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 74, Event)).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(pageView.Name, Is.EqualTo("Pageview"));
            Assert.That(pageView.Meaning, Is.EqualTo(EventMeaning.PageView));
            Assert.That(pageView.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/"));
        });
    }

    [Test]
    public void Decodes_the_library_load_with_the_pixel_code_it_was_loaded_for()
    {
        // Edtech line 8: abcmouse.com, /i18n/pixel/events.js?sdkid=C2J87UCST06BEPRUG4F0&lib=ttq.
        var load = _decoder.Decode(Corpus.Request(Corpus.Edtech, 8, "https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(load.Kind, Is.EqualTo(TrackerEventKind.Library));
            Assert.That(load.AccountId, Is.EqualTo("C2J87UCST06BEPRUG4F0"));
            Assert.That(load.FieldValue("lib"), Is.EqualTo("ttq"));
        });
    }
}
