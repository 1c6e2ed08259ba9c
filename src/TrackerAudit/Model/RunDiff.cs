namespace TrackerAudit.Model;

/// <summary>
/// What appeared, disappeared or changed between a baseline run and the current one, compared by
/// meaning (tracker and account ids, event names, page paths, finding keys), never by times or per-run
/// values: a rerun of an unchanged site gives an empty diff.
/// </summary>
public sealed record RunDiff
{
    /// <summary>The baseline run's id.</summary>
    public required string BaselineRunId { get; init; }

    /// <summary>The current run's id.</summary>
    public required string CurrentRunId { get; init; }

    /// <summary>Trackers that received traffic in the current run only.</summary>
    public IReadOnlyList<TrackerPresence> NewTrackers { get; init; } = [];

    /// <summary>Trackers that received traffic in the baseline only.</summary>
    public IReadOnlyList<TrackerPresence> GoneTrackers { get; init; } = [];

    /// <summary>Tracker accounts (pixel ids) that received traffic in the current run only.</summary>
    public IReadOnlyList<TrackerAccount> NewAccounts { get; init; } = [];

    /// <summary>Tracker accounts (pixel ids) that received traffic in the baseline only.</summary>
    public IReadOnlyList<TrackerAccount> GoneAccounts { get; init; } = [];

    /// <summary>Events a page sent in the current run only (<see cref="PageEventCount.BaselineCount"/> is 0).</summary>
    public IReadOnlyList<PageEventCount> NewEvents { get; init; } = [];

    /// <summary>Events a page sent in the baseline only (<see cref="PageEventCount.CurrentCount"/> is 0).</summary>
    public IReadOnlyList<PageEventCount> GoneEvents { get; init; } = [];

    /// <summary>Events a page sent in both runs, but a different number of times.</summary>
    public IReadOnlyList<PageEventCount> ChangedEvents { get; init; } = [];

    /// <summary>Findings of the current run that the baseline does not have: the new leaks.</summary>
    public IReadOnlyList<Finding> NewFindings { get; init; } = [];

    /// <summary>Findings of the baseline that the current run no longer has.</summary>
    public IReadOnlyList<Finding> GoneFindings { get; init; } = [];

    /// <summary>Findings of both runs whose severity changed.</summary>
    public IReadOnlyList<FindingChange> ChangedFindings { get; init; } = [];

    /// <summary>True when the two runs show the same trackers, accounts, events and findings.</summary>
    public bool IsEmpty =>
        NewTrackers.Count == 0 && GoneTrackers.Count == 0
        && NewAccounts.Count == 0 && GoneAccounts.Count == 0
        && NewEvents.Count == 0 && GoneEvents.Count == 0 && ChangedEvents.Count == 0
        && NewFindings.Count == 0 && GoneFindings.Count == 0 && ChangedFindings.Count == 0;
}
