namespace TrackerAudit.Model;

/// <summary>No request reaches the given hosts, trackers or categories of third party (optionally from a step on, or on some pages only).</summary>
public sealed record NoRequestsExpectation : Expectation
{
    /// <summary>Host globs, case-insensitive; <c>*</c> stands for one or more characters, dots included.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Tracker ids from the tracker catalogue, e.g. <c>meta-pixel</c>; any request of the tracker counts, library loads included.</summary>
    public IReadOnlyList<string> Trackers { get; init; } = [];

    /// <summary>
    /// Third-party categories from the run's lists (<c>advertising</c>, <c>analytics</c>, <c>tracking</c>...): any request to a
    /// third-party host that a list puts in one of them counts.
    /// </summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Only requests made at this step or later; every request when null.</summary>
    public StepReference? FromStep { get; init; }

    /// <summary>Only requests made on, or telling a tracker about, pages whose URL matches one of these Playwright globs; every page when empty.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <inheritdoc />
    public override string Kind => "no-requests";
}
