namespace TrackerAudit.Model;

/// <summary>A finding across the repetitions of a journey: the same meaning (<see cref="Finding.Key"/>) in k of N runs.</summary>
public sealed record RepeatedFinding
{
    /// <summary>The finding as the first run that had it saw it.</summary>
    public required Finding Finding { get; init; }

    /// <summary>In how many runs it was seen.</summary>
    public required int SeenIn { get; init; }

    /// <summary>How many runs there were.</summary>
    public required int Of { get; init; }

    /// <summary>The repetitions (from 1) that saw it.</summary>
    public required IReadOnlyList<int> SeenInRuns { get; init; }

    /// <summary>Whether every run saw it; false: only sometimes.</summary>
    public bool Always => SeenIn == Of;
}
