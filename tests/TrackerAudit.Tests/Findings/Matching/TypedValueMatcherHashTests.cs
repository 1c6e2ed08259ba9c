using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Findings.Matching;

namespace TrackerAudit.Tests.Findings.Matching;

// Digests are computed here with System.Security.Cryptography and rendered by hand, never
// with the matcher's helpers.
public sealed class TypedValueMatcherHashTests
{
    private const string Email = "jane.doe+x7@example.org";

    [Test]
    public void Finds_the_reference_SHA256_of_test_sent_as_udff_fn()
    {
        const string Url = "https://www.facebook.com/tr/?id=1&ev=Lead&udff[fn]=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08&rqm=GET";
        var matcher = new TypedValueMatcher([("first name", "test")]);

        var matches = matcher.FindIn(Url);

        Assert.That(matches, Has.Count.EqualTo(1));
        Assert.That(matches[0].Label, Is.EqualTo("first name"));
        Assert.That(matches[0].Value, Is.EqualTo("test"));
        Assert.That(matches[0].Chain, Is.EqualTo("sha256(raw)"));
        Assert.That(matches[0].Index, Is.EqualTo(Url.IndexOf("9f86", StringComparison.Ordinal)));
        Assert.That(matches[0].MatchedText, Has.Length.EqualTo(64));
    }

    [TestCase("md5")]
    [TestCase("sha1")]
    [TestCase("sha256")]
    [TestCase("sha512")]
    public void Finds_the_lower_case_hex_digest(string algorithm)
    {
        var hex = string.Concat(Digest(algorithm, Email).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

        var chains = ChainsFound(Email, MetaUrl("udff[em]", hex));

        Assert.That(chains, Is.EqualTo(new[] { $"{algorithm}(raw)" }));
    }

    [TestCase("md5")]
    [TestCase("sha1")]
    [TestCase("sha256")]
    [TestCase("sha512")]
    public void Finds_the_upper_case_hex_digest(string algorithm)
    {
        var hex = BitConverter.ToString(Digest(algorithm, Email)).Replace("-", string.Empty, StringComparison.Ordinal);
        var body = $"{{\"user_data\":{{\"em\":\"{hex}\"}}}}";

        var chains = ChainsFound(Email, body);

        Assert.That(chains, Is.EqualTo(new[] { $"{algorithm}-upper(raw)" }));
    }

    [TestCase("md5")]
    [TestCase("sha1")]
    [TestCase("sha256")]
    [TestCase("sha512")]
    public void Finds_the_base64_digest(string algorithm)
    {
        var base64 = Convert.ToBase64String(Digest(algorithm, Email));
        var body = $"{{\"hashed_email\":\"{base64}\"}}";

        var chains = ChainsFound(Email, body);

        Assert.That(chains, Is.EqualTo(new[] { $"{algorithm}-base64(raw)" }));
    }

    [Test]
    public void Finds_the_SHA256_of_the_email_as_Meta_normalises_it()
    {
        const string Typed = "  Jane.Doe+X7@Example.ORG ";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Typed.Trim().ToLowerInvariant())));

        var match = new TypedValueMatcher([("email", Typed)]).FindIn(MetaUrl("udff[em]", hash)).Single();

        Assert.That(match.Chain, Is.EqualTo("sha256(normalised em)"));
        Assert.That(match.Value, Is.EqualTo(Typed));
    }

    [Test]
    public void Finds_the_SHA256_of_a_phone_number_as_Meta_normalises_it()
    {
        const string Typed = "+44 (0)20 7946 0018";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("4402079460018")));

        var chains = ChainsFound(Typed, MetaUrl("udff[ph]", hash));

        Assert.That(chains, Is.EqualTo(new[] { "sha256(normalised ph)" }));
    }

    [Test]
    public void Finds_the_SHA256_of_a_name_as_Meta_normalises_it()
    {
        const string Typed = "Mary-Jane O'Brien";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("maryjaneobrien")));

        var chains = ChainsFound(Typed, MetaUrl("udff[fn]", hash));

        Assert.That(chains, Is.EqualTo(new[] { "sha256(normalised fn)" }));
    }

    [Test]
    public void Finds_url_encoded_base64_of_the_value()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Email));
        var url = MetaUrl("cd[token]", Uri.EscapeDataString(base64));
        Assert.That(url, Does.Contain("%3D"), "precondition: the padding is escaped");

        var chains = ChainsFound(Email, url);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(base64(raw))" }));
    }

    [Test]
    public void Finds_base64_of_the_url_encoded_value()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(Email)));

        var chains = ChainsFound(Email, $"_tr={encoded}; path=/");

        Assert.That(chains, Is.EqualTo(new[] { "base64(urlencode(raw))" }));
    }

    [Test]
    public void Finds_base64_of_the_SHA256_hex_string()
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Email)));
        var base64 = Convert.ToBase64String(Encoding.ASCII.GetBytes(hex));

        var chains = ChainsFound(Email, $"{{\"h\":\"{base64}\"}}");

        Assert.That(chains, Is.EqualTo(new[] { "base64(sha256(raw))" }));
    }

    [Test]
    public void Finds_url_encoded_base64_SHA256_digest_of_the_normalised_email()
    {
        const string Typed = "Jane.Doe@Example.org";
        var digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("jane.doe@example.org")));
        var url = "https://analytics.tracker.example/collect?e=" + Uri.EscapeDataString(digest);
        Assert.That(url, Does.Contain("%3D"), "precondition");

        var chains = ChainsFound(Typed, url);

        Assert.That(chains, Is.EqualTo(new[] { "urlencode(sha256-base64(normalised em))" }));
    }

    [Test]
    public void Finds_the_MD5_digest_and_the_hex_of_its_hex_string()
    {
        var md5Hex = string.Concat(MD5.HashData(Encoding.UTF8.GetBytes(Email)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        var hexOfHex = string.Concat(Encoding.ASCII.GetBytes(md5Hex).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

        var chains = ChainsFound(Email, $"a={md5Hex}&b={hexOfHex}");

        Assert.That(chains, Is.EqualTo(new[] { "md5(raw)", "hex(md5(raw))" }));
    }

    [Test]
    public void Finds_a_double_SHA256()
    {
        var once = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Email)));
        var twice = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(once)));

        var chains = ChainsFound(Email, MetaUrl("ud[external_id]", twice));

        Assert.That(chains, Is.EqualTo(new[] { "sha256(sha256(raw))" }));
    }

    [Test]
    public void Does_not_search_three_transforms_deep()
    {
        var thrice = Encoding.UTF8.GetBytes(Email);
        for (var i = 0; i < 3; i++)
        {
            thrice = Encoding.ASCII.GetBytes(Convert.ToBase64String(thrice));
        }

        var chains = ChainsFound(Email, $"x={Encoding.ASCII.GetString(thrice)}");

        Assert.That(chains, Is.Empty);
    }

    [Test]
    public void Does_not_match_the_hash_of_an_unrelated_value()
    {
        var other = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("john.smith@example.org")));

        var chains = ChainsFound(Email, MetaUrl("udff[em]", other));

        Assert.That(chains, Is.Empty);
    }

    private static string MetaUrl(string key, string value) => $"https://www.facebook.com/tr/?id=1&ev=Lead&{key}={value}&rqm=GET";

    private static string[] ChainsFound(string typed, string text) =>
        [.. new TypedValueMatcher([("input", typed)]).FindIn(text).Select(m => m.Chain)];

    private static byte[] Digest(string algorithm, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return algorithm switch
        {
            "md5" => MD5.HashData(bytes),
            "sha1" => SHA1.HashData(bytes),
            "sha256" => SHA256.HashData(bytes),
            "sha512" => SHA512.HashData(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
        };
    }
}
