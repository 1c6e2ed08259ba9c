namespace TrackerAudit.Model;

/// <summary>The outcome of scanning one site (<c>scan</c>), so that a site that could not be seen is never read as "no trackers".</summary>
public sealed record SiteOutcome
{
    /// <summary>Completed, failed, blocked or unreachable.</summary>
    public required SiteOutcomeKind Outcome { get; init; }

    /// <summary>Why the site did not complete; null when it did.</summary>
    public string? Why { get; init; }

    /// <summary>Every page the scan looked at, the start page first, each with its mark.</summary>
    public IReadOnlyList<PageVisit> Pages { get; init; } = [];
}
