namespace TrackerAudit.Model;

/// <summary>
/// A HAR file a run replays (<c>--replay</c>): the journeys' pages are answered with its stored responses
/// instead of the network, while the pages' scripts run for real and their tracker requests are captured.
/// </summary>
public sealed record ReplayArchive
{
    /// <summary>The HAR file, full path.</summary>
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file, for the record.</summary>
    public required string Sha256 { get; init; }

    /// <summary>How many entries (request and response pairs) it holds.</summary>
    public required int Entries { get; init; }

    /// <summary>The first page it holds, the base for journeys written with paths; empty when it holds no page.</summary>
    public required string StartUrl { get; init; }
}
