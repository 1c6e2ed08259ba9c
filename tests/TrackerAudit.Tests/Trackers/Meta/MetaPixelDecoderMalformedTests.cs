using System.Text;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelDecoderMalformedTests
{
    private const string BeaconUrl = "https://www.facebook.com/tr/";
    private const string FormType = "application/x-www-form-urlencoded";

    private readonly MetaPixelDecoder _decoder = new();

    [TestCase("https%3A%2F%2Fexample.org%2F100%")]
    [TestCase("https%3A%2F%2Fexample.org%2F%ZZ")]
    [TestCase("https%3A%2F%2Fexample.org%2F%C3%28")]
    public void Keeps_raw_text_of_bad_percent_encoding_and_warns(string rawDl)
    {
        var request = Requests.Get($"{BeaconUrl}?id=1&ev=PageView&dl={rawDl}&ts=1700083208854");

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.PageUrl, Is.EqualTo(rawDl));
            Assert.That(beacon.Name, Is.EqualTo("PageView"));
            Assert.That(beacon.EventTime, Is.Not.Null);
            Assert.That(result.Warnings, Has.One.Contains("'dl'").And.Contains("percent"));
            Assert.That(beacon.Warnings, Is.EqualTo(result.Warnings));
        });
    }

    [Test]
    public void Keeps_truncated_button_features_raw_and_warns()
    {
        // Corpus line 2 (kidsa-z.com, https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick...) cut inside cd[buttonFeatures].
        var request = Requests.Get(BeaconUrl + "?id=660763031035814&ev=SubscribedButtonClick"
            + "&cd[buttonFeatures]=%7B%22classList%22%3A%22kidsLoginButton%22%2C%22destina&cd[buttonText]=KIDS%20LOGIN");

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.FieldValue("cd[buttonFeatures]"), Is.EqualTo("{\"classList\":\"kidsLoginButton\",\"destina"));
            Assert.That(beacon.FieldValue("cd[buttonText]"), Is.EqualTo("KIDS LOGIN"));
            Assert.That(result.Warnings, Has.One.StartsWith("cd[buttonFeatures]: not valid JSON"));
        });
    }

    [Test]
    public void Does_not_warn_about_custom_data_that_merely_starts_with_a_bracket()
    {
        var result = _decoder.Decode(Requests.Get(BeaconUrl + "?id=1&ev=Lead&cd[label]=%5BSign%20up%5D%20now"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().FieldValue("cd[label]"), Is.EqualTo("[Sign up] now"));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Reads_an_invalid_UTF8_body_with_replacement_characters_and_warns()
    {
        var body = new List<byte>(Encoding.ASCII.GetBytes("id=1&ev=Lead&cd%5Bname%5D=J"));
        body.AddRange([0xFF, 0xFE, 0xC3]);
        body.AddRange(Encoding.ASCII.GetBytes("&rqm=formPOST"));
        var request = Requests.PostBytes(BeaconUrl, FormType, [.. body]);

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("Lead"));
            Assert.That(beacon.Transport, Is.EqualTo("formPOST"));
            Assert.That(beacon.FieldValue("cd[name]"), Does.StartWith("J\uFFFD"));
            Assert.That(result.Warnings, Has.One.Contains("not valid UTF-8"));
        });
    }

    [Test]
    public void Warns_about_a_body_that_is_not_valid_base64()
    {
        var request = Requests.Get(BeaconUrl + "?id=1&ev=PageView") with { Method = "POST", BodyBase64 = "%%%not base64" };

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().Name, Is.EqualTo("PageView"));
            Assert.That(result.Warnings, Has.One.Contains("not valid base64"));
        });
    }

    [Test]
    public void Decodes_a_5_MB_body_keeping_the_raw_value_and_capping_flattened_fields()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("1", 2_600_000)) + "]";
        var request = Requests.Post(BeaconUrl, FormType, "id=1&ev=Microdata&cd%5BJSON-LD%5D=" + json + "&rqm=formPOST");
        Assume.That(request.BodySize, Is.GreaterThan(5_000_000));

        // How fast this decodes is measured in the benchmark program (decode-mix), never timed here.
        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("Microdata"));
            Assert.That(beacon.FieldValue("cd[JSON-LD]"), Has.Length.EqualTo(json.Length));
            Assert.That(beacon.Fields.Count(f => f.Path.StartsWith("cd[JSON-LD][", StringComparison.Ordinal)), Is.EqualTo(2000));
            Assert.That(result.Warnings, Has.One.Contains("more than 2000 values"));
        });
    }

    [Test]
    public void Keeps_repeated_keys_and_warns_when_a_core_one_disagrees()
    {
        var request = Requests.Get(BeaconUrl + "?id=111&ev=PageView&expv2[]=pl0&expv2[]=el1&id=222");

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.AccountId, Is.EqualTo("111"));
            Assert.That(beacon.RawParameters.Where(p => p.Key == "id").Select(p => p.Value), Is.EqualTo(new[] { "111", "222" }));
            Assert.That(beacon.FieldsAt("expv2[]").Select(f => f.Value), Is.EqualTo(new[] { "pl0", "el1" }));
            Assert.That(result.Warnings, Has.One.StartsWith("id sent more than once"));
        });
    }

    [Test]
    public void Names_an_event_without_ev_and_warns()
    {
        var result = _decoder.Decode(Requests.Get(BeaconUrl + "?id=1&dl=https%3A%2F%2Fexample.org%2F"));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("(no event name)"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://example.org/"));
            Assert.That(result.Warnings, Has.One.StartsWith("ev missing"));
        });
    }

    [Test]
    public void Yields_an_event_with_warnings_for_an_empty_POST()
    {
        var result = _decoder.Decode(Requests.Post(BeaconUrl, FormType, ""));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events, Has.Count.EqualTo(1));
            Assert.That(result.Warnings, Has.Some.Contains("POST without a body"));
            Assert.That(result.Warnings, Has.Some.Contains("no parameters"));
            Assert.That(result.Warnings, Has.Some.StartsWith("id missing"));
        });
    }

    [Test]
    public void Reads_a_truncated_multipart_body_as_far_as_it_goes()
    {
        const string boundary = "----WebKitFormBoundaryAbc";
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n1\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"ev\"\r\n\r\nLead\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"dl\"\r\n\r\nhttps://exa";
        var request = Requests.Post(BeaconUrl, "multipart/form-data; boundary=" + boundary, body, "ping");

        var result = _decoder.Decode(request);

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(beacon.Name, Is.EqualTo("Lead"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://exa"));
            Assert.That(beacon.Transport, Is.EqualTo("SB"));
            Assert.That(result.Warnings, Has.One.Contains("no closing boundary"));
        });
    }

    [Test]
    public void Reports_bad_percent_encoding_inside_a_batch_entry()
    {
        var request = Requests.Post(BeaconUrl, FormType, "batch=1&events%5B%5D=id%3D1%26ev%3DLead%26dl%3D%25ZZ");

        var result = _decoder.Decode(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().PageUrl, Is.EqualTo("%ZZ"));
            Assert.That(result.Warnings, Has.One.StartsWith("events[0]: parameter 'dl'"));
            Assert.That(result.Events.Single().Warnings, Is.EqualTo(result.Warnings));
        });
    }

    [Test]
    public void Warns_about_a_bad_timestamp_and_a_bad_option_mask()
    {
        var result = _decoder.Decode(Requests.Get(BeaconUrl + "?id=1&ev=PageView&ts=yesterday&o=abc"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Single().EventTime, Is.Null);
            Assert.That(result.Warnings, Has.One.StartsWith("ts:"));
            Assert.That(result.Warnings, Has.One.StartsWith("o:"));
        });
    }

    [Test]
    public void Never_throws_on_garbage()
    {
        string[] bodies = ["&&&===", "=", "%", "--\r\n", "--x\r\nContent-Disposition: form-data\r\n", "{\"not\":\"form\"}", "\0\0\0"];
        foreach (var body in bodies)
        {
            foreach (var contentType in new[] { null, FormType, "multipart/form-data", "multipart/form-data; boundary=x", "text/plain" })
            {
                Assert.That(() => _decoder.Decode(Requests.Post(BeaconUrl + "?%", contentType, body)), Throws.Nothing, $"{contentType}: {body}");
            }
        }
    }
}
