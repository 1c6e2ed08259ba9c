namespace TrackerAudit.Model;

/// <summary>What happened at one step.</summary>
public sealed record StepResult
{
    /// <summary>1-based step index; 0 is opening the start page.</summary>
    public required int Index { get; init; }

    /// <summary>The step's name.</summary>
    public required string Name { get; init; }

    /// <summary>The step's kind (<c>goto</c>, <c>click</c>...; <c>start</c> for the start page).</summary>
    public required string Kind { get; init; }

    /// <summary>What the step did, in words (e.g. <c>click text=Continue</c>).</summary>
    public required string Action { get; init; }

    /// <summary>Passed, failed or skipped.</summary>
    public required StepStatus Status { get; init; }

    /// <summary>When the step started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the step (and the network after it) settled.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>The page URL after the step.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The page title after the step.</summary>
    public string? PageTitle { get; init; }

    /// <summary>Screenshots, relative to the run folder.</summary>
    public IReadOnlyList<string> Screenshots { get; init; } = [];

    /// <summary>Scan steps only (<c>scroll</c>, <c>follow-links</c>): the pages the step looked at or visited; absent for other steps.</summary>
    public IReadOnlyList<PageVisit>? Pages { get; init; }

    /// <summary>Cookies and storage after the step; null when they could not be read (a failed step, a closed page, a recovered run).</summary>
    public StorageSnapshot? Storage { get; init; }
}
