using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Web;
using TrackerAudit.Findings.Matching;

namespace TrackerAudit.Tests.Findings.Matching;

// Each transformed value is built here with the framework's own encoders or by hand, never
// with the matcher's helpers, so a wrong transform in the matcher cannot pass its own test.
public sealed class TypedValueMatcherEncodingTests
{
    private const string Email = "jane.doe+x7@example.org";
    private const string FreeText = "I was assaulted near Hyde Park";
    private const string AccentedName = "Zoë Ångström";

    [Test]
    public void Finds_the_raw_value_in_a_JSON_body()
    {
        var body = """{"event":"Lead","message":"I was assaulted near Hyde Park"}""";

        var chains = ChainsFound(FreeText, body);

        Assert.That(chains, Is.EqualTo(new[] { "raw" }));
    }

    [Test]
    public void Finds_the_trimmed_value_when_spaces_were_typed_around_it()
    {
        var url = MetaUrl("cd[name]", "Jane");

        var chains = ChainsFound("  Jane ", url);

        Assert.That(chains, Is.EqualTo(new[] { "trimmed" }));
    }

    // Lower-casing a value with no spaces around it is also trimming it: the chain names the fuller form.
    [TestCase("Zoë Ångström", "zoë ångström", "trimmed lower")]
    [TestCase(" Zoë Ångström", " zoë ångström", "lower")]
    [TestCase("Zoë Ångström", "ZOË ÅNGSTRÖM", "upper")]
    public void Finds_the_value_case_folded(string typed, string sent, string expectedChain)
    {
        Assert.That(sent, Is.EqualTo(expectedChain == "upper" ? typed.ToUpperInvariant() : typed.ToLowerInvariant()), "precondition");
        var body = JsonSerializer.Serialize(new { name = sent }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var chains = ChainsFound(typed, body);

        Assert.That(chains, Is.EqualTo(new[] { expectedChain }));
    }

    [Test]
    public void Finds_the_value_url_encoded_with_percent_20_for_spaces()
    {
        var url = MetaUrl("cd[message]", Uri.EscapeDataString(FreeText));
        Assert.That(url, Does.Contain("I%20was"), "precondition: spaces encoded as %20");

        var chains = ChainsFound(FreeText, url);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(raw)" }));
    }

    [Test]
    public void Finds_the_value_url_encoded_with_plus_for_spaces_and_upper_case_escapes()
    {
        var body = "message=" + WebUtility.UrlEncode(AccentedName) + "&ev=Lead";
        Assert.That(body, Does.Contain("Zo%C3%AB+"), "precondition: + for spaces, upper-case hex");

        var chains = ChainsFound(AccentedName, body);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(raw)" }));
    }

    [Test]
    public void Finds_the_value_url_encoded_with_lower_case_escapes()
    {
        var body = "message=" + HttpUtility.UrlEncode(AccentedName) + "&ev=Lead";
        Assert.That(body, Does.Contain("Zo%c3%ab+"), "precondition: lower-case hex");

        var chains = ChainsFound(AccentedName, body);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(raw)" }));
    }

    [Test]
    public void Finds_the_email_url_encoded_as_encodeURIComponent_does()
    {
        var url = MetaUrl("ud[em]", Uri.EscapeDataString(Email));
        Assert.That(url, Does.Contain("jane.doe%2Bx7%40example.org"), "precondition");

        var match = SingleMatch(Email, url);

        Assert.That(match.Chain, Is.EqualTo("urlencode(raw)"));
        Assert.That(match.MatchedText, Is.EqualTo("jane.doe%2Bx7%40example.org"));
        Assert.That(match.Index, Is.EqualTo(url.IndexOf("jane.doe%2B", StringComparison.Ordinal)));
    }

    [Test]
    public void Finds_the_value_url_encoded_twice()
    {
        var twice = Uri.EscapeDataString(Uri.EscapeDataString(FreeText));
        var url = "https://www.facebook.com/tr/?id=1&ev=PageView&dl=https%3A%2F%2Fexample.org%2Fsearch%3Fq%3D" + twice;
        Assert.That(twice, Does.Contain("%2520"), "precondition");

        var chains = ChainsFound(FreeText, url);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(urlencode(raw))" }));
    }

    [Test]
    public void Finds_the_value_form_encoded_then_url_encoded()
    {
        var twice = Uri.EscapeDataString(WebUtility.UrlEncode(Email));
        Assert.That(twice, Is.EqualTo("jane.doe%252Bx7%2540example.org"), "precondition");

        var chains = ChainsFound(Email, "dl=" + twice);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(urlencode(raw))" }));
    }

    [Test]
    public void Finds_the_value_in_standard_base64_in_a_cookie()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(AccentedName));
        var cookie = $"_fbp=fb.1.1700000000000.123456789; profile={base64}; _ga=GA1.1.1.1";

        var chains = ChainsFound(AccentedName, cookie);

        Assert.That(chains, Is.EqualTo(new[] { "base64(raw)" }));
    }

    [Test]
    public void Finds_the_value_in_url_safe_base64()
    {
        var urlSafe = Convert.ToBase64String(Encoding.UTF8.GetBytes(AccentedName)).Replace('+', '-').Replace('/', '_');
        Assert.That(urlSafe, Does.Contain("_"), "precondition: differs from standard base64");

        var chains = ChainsFound(AccentedName, $"https://tracker.example/p?u={urlSafe}&t=1");

        Assert.That(chains, Is.EqualTo(new[] { "base64url(raw)" }));
    }

    [Test]
    public void Finds_the_value_in_unpadded_base64()
    {
        var padded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Email));
        var unpadded = padded.TrimEnd('=');
        Assert.That(unpadded, Is.Not.EqualTo(padded), "precondition: the value needs padding");

        var chains = ChainsFound(Email, $"uid={unpadded}&v=2");

        Assert.That(chains, Is.EqualTo(new[] { "base64-nopad(raw)" }));
    }

    [Test]
    public void Finds_the_value_in_unpadded_url_safe_base64()
    {
        const string Address = "Zoë Ångström, London";
        var encoded = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Address));
        Assert.That(encoded, Does.Contain("_").And.Not.EndsWith("="), "precondition");

        var chains = ChainsFound(Address, $"addr={encoded};");

        Assert.That(chains, Is.EqualTo(new[] { "base64url-nopad(raw)" }));
    }

    [TestCase(false, "hex(raw)")]
    [TestCase(true, "hex-upper(raw)")]
    public void Finds_the_value_hex_encoded(bool upper, string expectedChain)
    {
        var hex = string.Concat(Encoding.UTF8.GetBytes(Email).Select(b => b.ToString(upper ? "X2" : "x2", CultureInfo.InvariantCulture)));

        var chains = ChainsFound(Email, $"{{\"u\":\"{hex}\"}}");

        Assert.That(chains, Is.EqualTo(new[] { expectedChain }));
    }

    [Test]
    public void Finds_the_value_with_System_Text_Json_default_escaping()
    {
        var body = JsonSerializer.Serialize(new { user = new { email = Email } });
        Assert.That(body, Does.Contain("jane.doe\\u002Bx7@example.org"), "precondition: + escaped");

        var chains = ChainsFound(Email, body);

        Assert.That(chains, Is.EqualTo(new[] { "json(raw)" }));
    }

    [Test]
    public void Finds_the_value_with_minimal_JSON_escaping()
    {
        const string Quote = "He said \"don't tell\" and left \\ ran";
        var escaped = Quote.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var body = "{\"event\":\"Contact\",\"text\":\"" + escaped + "\"}";

        var chains = ChainsFound(Quote, body);

        Assert.That(chains, Is.EqualTo(new[] { "json(raw)" }));
    }

    [Test]
    public void Finds_the_value_with_PHP_style_JSON_escaping()
    {
        const string Note = "Appt 12/05 with Dr Zoë";
        var body = "{\"note\":\"Appt 12\\/05 with Dr Zo\\u00eb\"}";

        var chains = ChainsFound(Note, body);

        Assert.That(chains, Is.EqualTo(new[] { "json(raw)" }));
    }

    private static string MetaUrl(string key, string value) => $"https://www.facebook.com/tr/?id=1&ev=Lead&{key}={value}&rqm=GET";

    private static string[] ChainsFound(string typed, string text) =>
        [.. new TypedValueMatcher([("input", typed)]).FindIn(text).Select(m => m.Chain)];

    private static TypedValueMatch SingleMatch(string typed, string text)
    {
        var matches = new TypedValueMatcher([("email", typed)]).FindIn(text);
        Assert.That(matches, Has.Count.EqualTo(1));
        return matches[0];
    }
}
