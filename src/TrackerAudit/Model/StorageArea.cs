namespace TrackerAudit.Model;

/// <summary>One origin's <c>localStorage</c>, <c>sessionStorage</c> or IndexedDB after a step: names and sizes, never values.</summary>
public sealed record StorageArea
{
    /// <summary>The origin, e.g. <c>https://www.example.org</c>.</summary>
    public required string Origin { get; init; }

    /// <summary><c>localStorage</c>, <c>sessionStorage</c> or <c>indexedDB</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The keys (for IndexedDB: the databases) with their sizes in bytes where known.</summary>
    public required IReadOnlyList<StorageEntry> Entries { get; init; }

    /// <summary>The bytes the area holds: keys and values in UTF-16 for web storage; the browser's estimate for IndexedDB.</summary>
    public long? Bytes { get; init; }
}
