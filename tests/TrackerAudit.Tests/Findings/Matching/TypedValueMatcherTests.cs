using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Findings.Matching;

namespace TrackerAudit.Tests.Findings.Matching;

public sealed class TypedValueMatcherTests
{
    [Test]
    public void Reports_every_typed_value_found_with_its_label_in_order_of_position()
    {
        var matcher = new TypedValueMatcher([("email", "jane.doe@example.org"), ("message", "please call me back")]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("jane.doe@example.org")));
        var text = $"cd[message]=please%20call%20me%20back&udff[em]={hash}";

        var matches = matcher.FindIn(text);

        Assert.That(matches.Select(m => (m.Label, m.Chain, m.Index)), Is.EqualTo(new[]
        {
            ("message", "urlencode(raw)", text.IndexOf("please", StringComparison.Ordinal)),
            ("email", "sha256(raw)", text.IndexOf(hash, StringComparison.Ordinal)),
        }));
    }

    [Test]
    public void Reports_each_occurrence_of_a_value()
    {
        var matcher = new TypedValueMatcher([("name", "Jane Doe")]);

        const string Text = "dt=Welcome Jane Doe&cd[buttonText]=Not Jane Doe?";

        var matches = matcher.FindIn(Text);

        Assert.That(matches.Select(m => m.Index), Is.EqualTo(new[]
        {
            Text.IndexOf("Jane", StringComparison.Ordinal),
            Text.LastIndexOf("Jane", StringComparison.Ordinal),
        }));
        Assert.That(matches.Select(m => m.MatchedText), Is.All.EqualTo("Jane Doe"));
    }

    [Test]
    public void Reports_a_shorter_spelling_inside_a_longer_one_only_once()
    {
        var padded = Convert.ToBase64String(Encoding.UTF8.GetBytes("jane.doe+x7@example.org"));
        Assert.That(padded, Does.EndWith("="), "precondition: the unpadded spelling is a prefix of this one");
        var matcher = new TypedValueMatcher([("email", "jane.doe+x7@example.org")]);

        var matches = matcher.FindIn($"token={padded}");

        Assert.That(matches.Select(m => (m.Chain, m.MatchedText)), Is.EqualTo(new[] { ("base64(raw)", padded) }));
    }

    [Test]
    public void Reports_the_same_value_typed_into_two_inputs_under_both_labels()
    {
        var matcher = new TypedValueMatcher([("email", "jane.doe@example.org"), ("confirm email", "jane.doe@example.org")]);

        var matches = matcher.FindIn("em=jane.doe@example.org");

        Assert.That(matches.Select(m => m.Label), Is.EquivalentTo(new[] { "email", "confirm email" }));
    }

    [Test]
    public void Does_not_search_a_three_character_value_as_text()
    {
        var matcher = new TypedValueMatcher([("initials", "JDX")]);
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes("JDX"));
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("JDX"));

        var matches = matcher.FindIn($"q=JDX&i=jdx&h={hex}&b={base64}");

        Assert.That(matches, Is.Empty);
    }

    [Test]
    public void Still_finds_the_hash_of_a_short_value_because_a_digest_is_never_a_coincidence()
    {
        var matcher = new TypedValueMatcher([("gender", "f")]);
        var hash = Convert.ToHexStringLower(SHA256.HashData("f"u8));

        var matches = matcher.FindIn($"https://www.facebook.com/tr/?id=1&ev=Lead&udff[ge]={hash}");

        Assert.That(matches.Select(m => m.Chain), Is.EqualTo(new[] { "sha256(raw)" }));
    }

    [Test]
    public void Builds_no_spelling_shorter_than_four_characters_and_none_twice()
    {
        var matcher = new TypedValueMatcher([("email", "Jane.Doe+x7@Example.org"), ("phone", "+44 20 7946 0018"), ("initials", "JD")]);

        Assert.That(matcher.Variants.Select(v => v.Text.Length), Is.All.GreaterThanOrEqualTo(4));
        Assert.That(matcher.Variants.Where(v => v.Label == "email").Select(v => v.Text), Is.Unique);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Is_empty_when_nothing_worth_searching_was_typed(string typed)
    {
        var matcher = new TypedValueMatcher([("blank", typed)]);

        Assert.That(matcher.IsEmpty, Is.True);
        Assert.That(matcher.FindIn("   anything   "), Is.Empty);
    }

    [Test]
    public void Is_not_empty_when_a_value_was_typed()
    {
        var matcher = new TypedValueMatcher([("email", "jane.doe@example.org")]);

        Assert.That(matcher.IsEmpty, Is.False);
    }

    [Test]
    public void Finds_nothing_in_text_shorter_than_any_spelling()
    {
        var matcher = new TypedValueMatcher([("name", "Jane")]);

        Assert.That(matcher.FindIn("Jan"), Is.Empty);
        Assert.That(matcher.FindIn("Jane").Select(m => m.Index), Is.EqualTo(new[] { 0 }));
    }
}
