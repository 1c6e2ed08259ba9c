namespace TrackerAudit.Model;

/// <summary>A key of web storage, or an IndexedDB database.</summary>
/// <param name="Name">The key or database name.</param>
/// <param name="Size">The value's size in bytes (UTF-16, as browsers count it); null for a database.</param>
public sealed record StorageEntry(string Name, long? Size);
