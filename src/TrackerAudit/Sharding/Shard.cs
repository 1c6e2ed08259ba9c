using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;

namespace TrackerAudit.Sharding;

/// <summary>
/// One of <see cref="Count"/> parts of a journey list (<c>--shard 2/5</c>). Every machine makes the same
/// split from the same journeys: a journey's part depends only on its name (SHA-256, not the per-process
/// randomised <see cref="string.GetHashCode()"/>), so the parts never overlap and together hold every journey.
/// </summary>
/// <param name="Index">1-based: which part.</param>
/// <param name="Count">How many parts.</param>
internal sealed record Shard(int Index, int Count)
{
    public const string OptionName = "--shard";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Reads <c>i/n</c> (1 ≤ i ≤ n); throws the invalid-option error (exit 2) otherwise.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw TrackerAuditException.InvalidOption(OptionName, $"'{text}' is not i/n, e.g. 2/5 for the second of five parts");
        }

        if (count < 1 || index < 1 || index > count)
        {
            throw TrackerAuditException.InvalidOption(OptionName, $"'{text}': the part must be from 1 to n and n at least 1");
        }

        return new Shard(index, count);
    }

    /// <summary>This part's journeys, sorted by name (ordinal).</summary>
    public IReadOnlyList<Journey> Select(IReadOnlyList<Journey> journeys) =>
        journeys.Where(journey => Contains(journey.Name)).OrderBy(journey => journey.Name, StringComparer.Ordinal).ToList();

    public bool Contains(string journeyName) => PartOf(journeyName, Count) == Index;

    /// <summary>The 1-based part a journey name falls in when the list is cut into <paramref name="count"/> parts.</summary>
    public static int PartOf(string journeyName, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(journeyName));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }
}
