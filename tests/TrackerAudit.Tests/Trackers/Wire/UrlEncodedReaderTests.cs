using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class UrlEncodedReaderTests
{
    [Test]
    public void Reads_pairs_in_order_keeping_repeats_and_empty_values()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();

        UrlEncodedReader.Read("expv2[]=pl0&&expv2%5B%5D=el1&rl=&flag", pairs, warnings, "query");

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("expv2[]", "pl0"), new("expv2[]", "el1"), new("rl", ""), new("flag", ""),
            }));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Caps_warnings_for_a_flood_of_bad_pairs()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();

        UrlEncodedReader.Read(string.Join("&", Enumerable.Repeat("k=%ZZ", 50)), pairs, warnings, "body");

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Has.Count.EqualTo(50));
            Assert.That(warnings, Has.Count.EqualTo(UrlEncodedReader.MaxWarnings + 1));
            Assert.That(warnings[^1], Does.Contain("40 more"));
        });
    }
}
