using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class WireTimesTests
{
    [Test]
    public void Reads_milliseconds_since_1970_and_iso_times()
    {
        var warnings = new List<string>();

        Assert.Multiple(() =>
        {
            Assert.That(WireTimes.FromUnixMilliseconds("1700083208763", "time", warnings), Is.EqualTo(new DateTimeOffset(2023, 11, 15, 21, 20, 8, 763, TimeSpan.Zero)));
            Assert.That(WireTimes.FromIso("2023-11-15T18:19:25.127Z", "timestamp", warnings), Is.EqualTo(new DateTimeOffset(2023, 11, 15, 18, 19, 25, 127, TimeSpan.Zero)));
            Assert.That(WireTimes.FromIso(null, "timestamp", warnings), Is.Null);
            Assert.That(warnings, Is.Empty);
        });
    }

    [TestCase("-5")]
    [TestCase("99999999999999999999999")]
    [TestCase("1.5e12")]
    public void Warns_about_a_time_that_is_not_milliseconds(string text)
    {
        var warnings = new List<string>();

        Assert.Multiple(() =>
        {
            Assert.That(WireTimes.FromUnixMilliseconds(text, "time", warnings), Is.Null);
            Assert.That(warnings.Single(), Does.StartWith("time: "));
        });
    }

    [Test]
    public void Warns_about_a_time_that_is_not_iso()
    {
        var warnings = new List<string>();

        Assert.Multiple(() =>
        {
            Assert.That(WireTimes.FromIso("yesterday", "timestamp", warnings), Is.Null);
            Assert.That(warnings.Single(), Does.StartWith("timestamp: "));
        });
    }
}
