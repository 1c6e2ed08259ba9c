namespace TrackerAudit.Model;

/// <summary>A journey (in one consent variant) run several times (<c>--repeat</c>): which findings every run had, and which only some.</summary>
public sealed record RepeatSummary
{
    /// <summary>The journey's own name.</summary>
    public required string Journey { get; init; }

    /// <summary>The consent variant, when the journey has several.</summary>
    public string? Consent { get; init; }

    /// <summary>The names of the runs compared, in repetition order.</summary>
    public required IReadOnlyList<string> Runs { get; init; }

    /// <summary>How many of them ran to the end; findings of the others may be missing for that reason alone.</summary>
    public required int Completed { get; init; }

    /// <summary>Every finding of any of the runs, those seen in every run first, then the most severe.</summary>
    public required IReadOnlyList<RepeatedFinding> Findings { get; init; }
}
