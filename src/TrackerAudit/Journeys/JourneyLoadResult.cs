namespace TrackerAudit.Journeys;

/// <summary>The journeys read from a set of files, and every problem found in them.</summary>
public sealed record JourneyLoadResult(IReadOnlyList<Journey> Journeys, IReadOnlyList<JourneyProblem> Problems)
{
    /// <summary>True when no file had a problem.</summary>
    public bool IsValid => Problems.Count == 0;
}
