namespace TrackerAudit.Model;

/// <summary>No finding of a category, at or above a severity, or both.</summary>
public sealed record NoFindingsExpectation : Expectation
{
    /// <summary>Only findings of this category; any category when null.</summary>
    public FindingCategory? Category { get; init; }

    /// <summary>Only findings at or above this severity; any severity when null.</summary>
    public Severity? MinimumSeverity { get; init; }

    /// <inheritdoc />
    public override string Kind => "no-findings";
}
