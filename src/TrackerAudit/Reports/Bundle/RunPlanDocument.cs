namespace TrackerAudit.Reports.Bundle;

/// <summary>The contents of <c>plan.json</c> (<see cref="RunPlanFile"/>).</summary>
internal sealed record RunPlanDocument
{
    public int SchemaVersion { get; init; } = 1;

    public required string RunId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required string CommandLine { get; init; }

    public required string TrackerTraffic { get; init; }

    /// <summary>Every journey run, in the order the report lists them (consent variants and repeats each one).</summary>
    public required IReadOnlyList<PlannedJourney> Journeys { get; init; }
}
