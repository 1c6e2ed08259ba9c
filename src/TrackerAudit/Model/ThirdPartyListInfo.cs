namespace TrackerAudit.Model;

/// <summary>One list a run used to tell sites apart or to name third parties, as recorded in <c>metadata.json</c>.</summary>
public sealed record ThirdPartyListInfo
{
    /// <summary>The list's name (its title when it states one, else its file name).</summary>
    public required string Name { get; init; }

    /// <summary>Its format: <c>public-suffix-list</c>, <c>third-party-web</c>, <c>filter-list</c>, <c>disconnect</c>, <c>tracker-radar</c> or <c>tds</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The version the list states, when it states one.</summary>
    public string? Version { get; init; }

    /// <summary>SHA-256 of the file as read, in hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>How many entries (rules or domains) were taken from it.</summary>
    public required int Entries { get; init; }

    /// <summary>Entries of other kinds that were read and ignored (a filter list's rules other than <c>||host^</c>).</summary>
    public int Ignored { get; init; }

    /// <summary>Its licence as shipped or as the file states it.</summary>
    public required string Licence { get; init; }

    /// <summary><c>built-in</c> for a list shipped inside TrackerAudit, else the path of the file given at run time.</summary>
    public required string Source { get; init; }
}
