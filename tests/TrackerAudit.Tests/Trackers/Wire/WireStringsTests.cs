using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class WireStringsTests
{
    [Test]
    public void The_same_short_text_is_one_shared_string()
    {
        var first = WireStrings.Of("cd[buttonText]".AsSpan());
        var second = WireStrings.Of("xcd[buttonText]".AsSpan(1));

        Assert.That(second, Is.EqualTo("cd[buttonText]"));
        Assert.That(ReferenceEquals(first, second), Is.True);
    }

    [Test]
    public void Long_text_is_a_string_of_its_own_with_the_same_characters()
    {
        var text = new string('a', WireStrings.MaxLength + 1);

        var read = WireStrings.Of(text.AsSpan());

        Assert.That(read, Is.EqualTo(text));
        Assert.That(ReferenceEquals(read, WireStrings.Of(text.AsSpan())), Is.False);
    }

    [Test]
    public void Unique_values_beyond_the_bound_are_still_read_correctly()
    {
        var values = Enumerable.Range(0, WireStrings.MaxCount + 100).Select(n => "ts" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var read = values.Select(value => WireStrings.Of(value.AsSpan())).ToList();

        Assert.That(read, Is.EqualTo(values));
    }
}
