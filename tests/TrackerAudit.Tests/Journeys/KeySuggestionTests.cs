using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class KeySuggestionTests
{
    private static readonly string[] StepKeys = ["name", "goto", "click", "fill", "select", "check", "press", "wait", "screenshot", "timeout"];

    [TestCase("clik", "click")]
    [TestCase("Click", "click")]
    [TestCase("slect", "select")]
    [TestCase("screnshot", "screenshot")]
    [TestCase("timeuot", "timeout")]
    [TestCase("got", "goto")]
    public void Suggests_the_key_a_typo_was_meant_to_be(string typo, string expected) =>
        Assert.That(KeySuggestion.Closest(typo, StepKeys), Is.EqualTo(expected));

    [TestCase("colour")]
    [TestCase("x")]
    [TestCase("navigate")]
    public void Suggests_nothing_for_a_word_that_is_not_close(string word) =>
        Assert.That(KeySuggestion.Closest(word, StepKeys), Is.Null);

    [TestCase("stpes", "steps", 1)]
    [TestCase("clik", "click", 1)]
    [TestCase("abc", "abc", 0)]
    [TestCase("", "wait", 4)]
    public void Counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance) =>
        Assert.That(KeySuggestion.Distance(a, b), Is.EqualTo(distance));
}
