using System.Collections.Frozen;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class JsonPathsTests
{
    [TestCase("elementCrumbsTree[2].classes[0]", "elementCrumbsTree[].classes[]")]
    [TestCase("context.page.url", "context.page.url")]
    [TestCase("og:title2[x].a[12]", "og:title2[x].a[]")]
    [TestCase("a[1", "a[1")]
    public void Empties_array_indexes_only(string path, string expected)
    {
        Span<char> buffer = stackalloc char[64];

        Assert.That(JsonPaths.WithoutIndexes(path, buffer).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Describes_an_indexed_path_by_its_index_free_entry()
    {
        var table = new Dictionary<string, KnownField> { ["pids[]"] = new("partner id", FieldSensitivity.Low) }
            .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.Multiple(() =>
        {
            Assert.That(JsonPaths.TryDescribe(table, "pids[3]", out var info), Is.True);
            Assert.That(info.Meaning, Is.EqualTo("partner id"));
            Assert.That(JsonPaths.TryDescribe(table, "pid", out _), Is.False);
        });
    }
}
