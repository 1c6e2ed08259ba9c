using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelDecoderGetTests
{
    private readonly MetaPixelDecoder _decoder = new();

    private TrackerEvent DecodeSingle(string corpusLine)
    {
        var result = _decoder.Decode(Requests.FromCorpusLine(corpusLine));
        Assert.That(result.Events, Has.Count.EqualTo(1));
        return result.Events[0];
    }

    [Test]
    public void Decodes_core_parameters_from_GET_beacon()
    {
        // Corpus line 2: kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick...
        var result = _decoder.Decode(Requests.FromCorpusLine(MetaCorpusLines.Line2KidsAzButtonClick));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(beacon.TrackerId, Is.EqualTo("meta-pixel"));
            Assert.That(beacon.TrackerName, Is.EqualTo("Meta Pixel"));
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(beacon.AccountId, Is.EqualTo("660763031035814"));
            Assert.That(beacon.Name, Is.EqualTo("SubscribedButtonClick"));
            Assert.That(beacon.Transport, Is.EqualTo("GET"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.raz-kids.com/"));
            Assert.That(beacon.Referrer, Is.EqualTo(""));
            Assert.That(beacon.PageTitle, Is.EqualTo("Raz-Kids"));
            Assert.That(beacon.EventTime, Is.EqualTo(DateTimeOffset.Parse("2023-11-15T21:20:08.854Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(beacon.LibraryVersion, Is.EqualTo("2.9.138"));
        });
    }

    [Test]
    public void Keeps_raw_parameters_in_wire_order_with_a_field_for_each()
    {
        // Corpus line 2: kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick...
        var beacon = DecodeSingle(MetaCorpusLines.Line2KidsAzButtonClick);

        Assert.That(beacon.RawParameters.Select(p => p.Key), Is.EqualTo(new[]
        {
            "id", "ev", "dl", "rl", "if", "ts", "cd[buttonFeatures]", "cd[buttonText]", "cd[formFeatures]", "cd[pageFeatures]",
            "cd[parameters]", "sw", "sh", "v", "r", "ec", "o", "fbp", "cs_est", "ler", "it", "coo", "es", "tm", "rqm",
        }));
        foreach (var (key, value) in beacon.RawParameters)
        {
            Assert.That(beacon.Fields, Has.Some.Matches<TrackerField>(f => f.Path == key && f.Value == value), key);
        }
    }

    [Test]
    public void Decodes_button_features_from_GET_beacon()
    {
        // Corpus line 2: kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick...
        var beacon = DecodeSingle(MetaCorpusLines.Line2KidsAzButtonClick);

        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("cd[buttonText]"), Is.EqualTo("KIDS LOGIN"));
            Assert.That(beacon.Field("cd[buttonText]").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].innerText"), Is.EqualTo("KIDS LOGIN"));
            Assert.That(beacon.Field("cd[buttonFeatures].innerText").Meaning, Does.Contain("not cleaned"));
            Assert.That(
                beacon.FieldValue("cd[buttonFeatures].destination"),
                Is.EqualTo("https://www.kidsa-z.com/main/Logout?_ga=2.55783907.993910853.1700083128-990576616.1700083128"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].tag"), Is.EqualTo("a"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].numChildButtons"), Is.EqualTo("0"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].type"), Is.EqualTo("null"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures]"), Does.StartWith("{\"classList\":\"kidsLoginButton\""));
            Assert.That(beacon.FieldValue("cd[pageFeatures].title"), Is.EqualTo("Raz-Kids"));
            Assert.That(beacon.FieldsAt("cd[formFeatures]").Single().Value, Is.EqualTo("[]"));
        });
    }

    [Test]
    public void Decodes_form_features_from_GET_beacon()
    {
        // Corpus line 27: students.arbitersports.com search, https://www.facebook.com/tr/?id=1622224701377559&ev=SubscribedButtonClick...
        var beacon = DecodeSingle(MetaCorpusLines.Line27ArbiterSearchClick);

        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("cd[formFeatures][0].placeholder"), Is.EqualTo("Type organization name or keyword to find a program."));
            Assert.That(beacon.Field("cd[formFeatures][0].placeholder").Meaning, Does.Contain("placeholder"));
            Assert.That(beacon.Field("cd[formFeatures][0].placeholder").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.FieldValue("cd[formFeatures][0].inputType"), Is.EqualTo("text"));
            Assert.That(beacon.FieldValue("cd[formFeatures][1].tag"), Is.EqualTo("select"));
            Assert.That(beacon.FieldValue("cd[formFeatures][1].valueMeaning"), Is.EqualTo("empty"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].type"), Is.EqualTo("submit"));
            Assert.That(beacon.PageTitle, Is.EqualTo("Student Registration"));
        });
    }

    [Test]
    public void Shows_the_e_mail_address_a_mailto_button_leaked_though_button_text_was_cleaned()
    {
        // Corpus line 5: students.arbitersports.com click-email, https://www.facebook.com/tr/?id=1622224701377559&ev=SubscribedButtonClick...
        var beacon = DecodeSingle(MetaCorpusLines.Line5ArbiterMailtoClick);

        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("cd[buttonText]"), Is.EqualTo("@"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].innerText"), Is.EqualTo("scott.buzzard@harrisburg.k12.or.us"));
            Assert.That(beacon.FieldValue("cd[buttonFeatures].destination"), Is.EqualTo("mailto:scott.buzzard@harrisburg.k12.or.us"));
            Assert.That(beacon.Referrer, Is.EqualTo("https://account.students.arbitersports.com/"));
        });
    }

    [Test]
    public void Decodes_page_view_without_custom_data()
    {
        // Corpus line 10: abcmouse.com login page, https://www.facebook.com/tr/?id=686407008078166&ev=PageView...
        var beacon = DecodeSingle(MetaCorpusLines.Line10AbcMousePageView);

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("PageView"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.abcmouse.com/abc/login/"));
            Assert.That(beacon.PageTitle, Is.Null);
            Assert.That(beacon.FieldValue("if"), Is.EqualTo("true"));
            Assert.That(beacon.Field("sw").Sensitivity, Is.EqualTo(FieldSensitivity.Fingerprint));
            Assert.That(beacon.Fields.Where(f => f.Path.StartsWith("cd[", StringComparison.Ordinal)), Is.Empty);
            Assert.That(beacon.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Spells_out_the_o_bit_mask()
    {
        // Corpus line 2: kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick... (o=4126)
        var beacon = DecodeSingle(MetaCorpusLines.Line2KidsAzButtonClick);

        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("o"), Is.EqualTo("4126"));
            Assert.That(beacon.FieldsAt(MetaOptionBits.BitsPath).Select(f => f.Value), Is.EqualTo(new[] { "2", "4", "8", "16", "4096" }));
            Assert.That(beacon.Field("o").Meaning, Does.Contain("sendBeacon supported").And.Contain("first-party cookies on"));
            Assert.That(beacon.Field("o").Meaning, Does.Not.Contain("headless"));
        });
    }

    [Test]
    public void Marks_fbp_as_an_identifier_with_its_creation_time()
    {
        // Corpus line 2: kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick... (fbp=fb.1.1700083128368.107390013)
        var beacon = DecodeSingle(MetaCorpusLines.Line2KidsAzButtonClick);

        var fbp = beacon.Field("fbp");
        Assert.Multiple(() =>
        {
            Assert.That(fbp.Value, Is.EqualTo("fb.1.1700083128368.107390013"));
            Assert.That(fbp.Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(fbp.Meaning, Does.Contain("created 2023-11-15T21:18:48Z"));
        });
    }

    [Test]
    public void Gives_meanings_to_known_parameters_and_none_to_unknown_ones()
    {
        // Hand-built: a PageView with one parameter Meta never sends.
        var request = Requests.Get("https://www.facebook.com/tr/?id=1&ev=PageView&a=plwebflow&zzq=7");

        var beacon = _decoder.Decode(request).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.Field("a").Meaning, Does.Contain("integration agent"));
            Assert.That(beacon.Field("zzq").Meaning, Is.Null);
            Assert.That(beacon.Field("zzq").Sensitivity, Is.EqualTo(FieldSensitivity.Unknown));
        });
    }
}
