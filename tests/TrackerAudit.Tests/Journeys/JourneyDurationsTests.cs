using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyDurationsTests
{
    [TestCase("500ms", 500)]
    [TestCase("2s", 2_000)]
    [TestCase("1.5s", 1_500)]
    [TestCase("1m", 60_000)]
    [TestCase("0.5m", 30_000)]
    [TestCase("250", 250)]
    [TestCase(" 3s ", 3_000)]
    public void Reads_a_duration(string text, int milliseconds)
    {
        Assert.That(JourneyDurations.TryParse(text, out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("")]
    [TestCase("1.5")]
    [TestCase("0")]
    [TestCase("0ms")]
    [TestCase("-1s")]
    [TestCase("1h")]
    [TestCase("2 s")]
    [TestCase("1,5s")]
    [TestCase("2S")]
    [TestCase("soon")]
    [TestCase("99999999999999999999")]
    public void Rejects_what_is_not_a_positive_duration(string text) =>
        Assert.That(JourneyDurations.TryParse(text, out _), Is.False);

    [Test]
    [SetCulture("de-DE")]
    public void Reads_a_decimal_point_whatever_the_culture()
    {
        Assert.That(JourneyDurations.TryParse("1.5s", out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromMilliseconds(1_500)));
    }
}
