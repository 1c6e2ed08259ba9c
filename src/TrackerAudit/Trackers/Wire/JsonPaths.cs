using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Looks up what a flattened JSON path means (<c>context.page.url</c>, <c>elementCrumbsTree[2].classes[0]</c>)
/// in a table keyed by the path with its array indexes emptied (<c>elementCrumbsTree[].classes[]</c>), without
/// allocating: the index-free path is built on the stack.
/// </summary>
internal static class JsonPaths
{
    private const int StackLimit = 256;

    public static bool TryDescribe(FrozenDictionary<string, KnownField>.AlternateLookup<ReadOnlySpan<char>> table, string path, out KnownField info)
    {
        if (path.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return table.TryGetValue(path, out info);
        }

        var buffer = path.Length <= StackLimit ? stackalloc char[StackLimit] : new char[path.Length];
        return table.TryGetValue(WithoutIndexes(path, buffer), out info);
    }

    /// <summary>The path with every <c>[digits]</c> made <c>[]</c>; digits elsewhere stay.</summary>
    public static ReadOnlySpan<char> WithoutIndexes(ReadOnlySpan<char> path, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < path.Length; i++)
        {
            buffer[length++] = path[i];
            if (path[i] != '[')
            {
                continue;
            }

            var close = i + 1;
            while (close < path.Length && char.IsAsciiDigit(path[close]))
            {
                close++;
            }

            if (close > i + 1 && close < path.Length && path[close] == ']')
            {
                i = close - 1;
            }
        }

        return buffer[..length];
    }
}
