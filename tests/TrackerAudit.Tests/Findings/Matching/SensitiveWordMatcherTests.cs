using TrackerAudit.Findings.Matching;

namespace TrackerAudit.Tests.Findings.Matching;

public sealed class SensitiveWordMatcherTests
{
    [TestCase("https://www.met.police.uk/ro/report/rsa/alpha-v1/report/rape-sexual-assault/", "sexual-assault")]
    [TestCase("https://www.facebook.com/tr/?id=1&ev=PageView&dl=https%3A%2F%2Fexample.org%2Freport%2Fsexual_assault", "sexual_assault")]
    [TestCase("q=sexual+assault&ev=Search", "sexual+assault")]
    [TestCase("cd[buttonText]=Report%20Sexual%20Assault", "Sexual%20Assault")]
    [TestCase("dl=https%3A%2F%2Fexample.org%2Fsearch%3Fq%3Dsexual%2520assault", "sexual%2520assault")]
    [TestCase("dl=https%3A%2F%2Fexample.org%2Fsearch%3Fq%3Dsexual%252Bassault", "sexual%252Bassault")]
    [TestCase("{\"title\":\"SEXUAL ASSAULT – what to do\"}", "SEXUAL ASSAULT")]
    [TestCase("pmd[title]=Sexual  assault", "Sexual  assault")]
    public void Finds_a_phrase_however_its_space_was_written(string text, string expectedMatch)
    {
        var matcher = new SensitiveWordMatcher(["sexual assault"]);

        var matches = matcher.FindIn(text);

        Assert.That(matches, Has.Count.EqualTo(1));
        Assert.That(matches[0].Word, Is.EqualTo("sexual assault"));
        Assert.That(matches[0].MatchedText, Is.EqualTo(expectedMatch));
        Assert.That(matches[0].Index, Is.EqualTo(text.IndexOf(expectedMatch, StringComparison.Ordinal)));
    }

    [TestCase("/report/rape-sexual-assault/")]
    [TestCase("/report-rape")]
    [TestCase("dl=https%3A%2F%2Fexample.org%2Frape%2F")]
    [TestCase("cd[buttonText]=Report RAPE")]
    [TestCase("rape")]
    public void Finds_a_word_between_word_boundaries(string text)
    {
        var matcher = new SensitiveWordMatcher(["rape"]);

        var matches = matcher.FindIn(text);

        Assert.That(matches.Select(m => m.MatchedText.ToUpperInvariant()), Is.EqualTo(new[] { "RAPE" }));
    }

    [TestCase("grapefruit juice")]
    [TestCase("/shop/grape/")]
    [TestCase("scrape-tool")]
    [TestCase("/shop/drapes/")]
    [TestCase("rapeseed oil")]
    public void Does_not_find_a_word_inside_another_word(string text)
    {
        var matcher = new SensitiveWordMatcher(["rape"]);

        Assert.That(matcher.FindIn(text), Is.Empty);
    }

    [Test]
    public void Finds_a_word_with_non_ASCII_letters_percent_encoded()
    {
        var matcher = new SensitiveWordMatcher(["agresión sexual"]);
        var text = "dl=https%3A%2F%2Fejemplo.es%2F" + Uri.EscapeDataString("agresión sexual");

        var matches = matcher.FindIn(text);

        Assert.That(matches.Select(m => m.MatchedText), Is.EqualTo(new[] { "agresi%C3%B3n%20sexual" }));
    }

    [Test]
    public void Reports_overlapping_words_each_in_order_of_position()
    {
        var matcher = new SensitiveWordMatcher(["assault", "sexual assault", "rape"]);
        const string Text = "/report/rape-sexual-assault/";

        var matches = matcher.FindIn(Text);

        Assert.That(matches.Select(m => (m.Word, m.Index)), Is.EqualTo(new[]
        {
            ("rape", 8),
            ("sexual assault", 13),
            ("assault", 20),
        }));
    }

    [Test]
    public void Is_empty_without_words()
    {
        var matcher = new SensitiveWordMatcher(["", "  "]);

        Assert.That(matcher.IsEmpty, Is.True);
        Assert.That(matcher.FindIn("rape sexual assault"), Is.Empty);
    }
}
