using TrackerAudit.Findings;

namespace TrackerAudit.Comparisons;

/// <summary>A finding across the repetitions of a journey: the same meaning (<see cref="Finding.Key"/>) in k of N runs.</summary>
public sealed record RepeatedFinding
{
    /// <summary>The finding's key, the same in every repetition.</summary>
    public required string Key { get; init; }

    /// <summary>Why it matters.</summary>
    public required FindingCategory Category { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The step (0: the start page).</summary>
    public required int StepIndex { get; init; }

    /// <summary>The step's name.</summary>
    public required string StepName { get; init; }

    /// <summary>Who received it.</summary>
    public required string Recipient { get; init; }

    /// <summary>What was revealed.</summary>
    public required string Subject { get; init; }

    /// <summary>Where in the request.</summary>
    public required string Parameter { get; init; }

    /// <summary>In how many runs it was seen.</summary>
    public required int SeenIn { get; init; }

    /// <summary>How many runs there were.</summary>
    public required int Of { get; init; }

    /// <summary>The repetitions (from 1) that saw it.</summary>
    public required IReadOnlyList<int> SeenInRuns { get; init; }

    /// <summary>Whether every run saw it; false: only sometimes.</summary>
    public bool Always => SeenIn == Of;

    /// <summary>The first run's sentence about it.</summary>
    public required string Statement { get; init; }
}
