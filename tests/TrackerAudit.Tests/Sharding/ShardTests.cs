using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;
using TrackerAudit.Sharding;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Sharding;

public sealed class ShardTests
{
    private static readonly IReadOnlyList<Journey> Journeys = Enumerable.Range(1, 40)
        .Select(number => Named(string.Create(CultureInfo.InvariantCulture, $"journey {number:00}")))
        .ToList();

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Every_journey_falls_in_exactly_one_part(int count)
    {
        var parts = Enumerable.Range(1, count).Select(index => new Shard(index, count).Select(Journeys)).ToList();

        var names = parts.SelectMany(part => part.Select(journey => journey.Name)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Is.EquivalentTo(Journeys.Select(journey => journey.Name)));
        });
    }

    [Test]
    public void Forty_journeys_in_five_parts_leave_no_part_empty()
    {
        var sizes = Enumerable.Range(1, 5).Select(index => new Shard(index, 5).Select(Journeys).Count).ToList();

        Assert.That(sizes, Has.All.GreaterThan(0));
    }

    // Computed independently (Python: int.from_bytes(sha256(name).digest()[:8], 'big') % n + 1): the split
    // must be the same in every process and on every machine, and stay so across versions.
    [TestCase("alpha", 5, 5)]
    [TestCase("beta", 2, 2)]
    [TestCase("gamma", 5, 3)]
    [TestCase("Report fraud", 5, 4)]
    [TestCase("Report sexual assault", 3, 2)]
    [TestCase("shard two", 4, 4)]
    public void A_journey_part_depends_only_on_its_name(string name, int count, int expected)
    {
        Assert.That(Shard.PartOf(name, count), Is.EqualTo(expected));
    }

    [Test]
    public void A_part_lists_its_journeys_by_name_in_ordinal_order()
    {
        var given = new[] { Named("b"), Named("B"), Named("a"), Named("A") };

        var selected = new Shard(1, 1).Select(given);

        Assert.That(selected.Select(journey => journey.Name), Is.EqualTo(new[] { "A", "B", "a", "b" }));
    }

    [TestCase("2/5", 2, 5)]
    [TestCase("1/1", 1, 1)]
    [TestCase(" 3/3 ", 3, 3)]
    public void Reads_i_of_n(string text, int index, int count)
    {
        Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(index, count)));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("1/0")]
    [TestCase("-1/3")]
    [TestCase("+1/3")]
    [TestCase("3")]
    [TestCase("a/b")]
    [TestCase("1/3/4")]
    [TestCase("1 / 3")]
    [TestCase("")]
    public void Rejects_what_is_not_i_of_n_as_invalid_input(string text)
    {
        var exception = Assert.Throws<TrackerAuditException>(() => Shard.Parse(text));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(exception.Message, Does.StartWith("--shard: "));
        });
    }

    private static Journey Named(string name) => AuditHarness.Journey($"name: \"{name}\"\nstart: /\nsteps:\n  - wait: {{ time: 1ms }}\n");
}
