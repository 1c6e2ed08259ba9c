namespace TrackerAudit.Model;

/// <summary>Whether one expectation (from a journey's <c>expect:</c> or a policy file) held, with the evidence.</summary>
public sealed record ExpectationResult
{
    /// <summary>The journey it was checked on.</summary>
    public required string Journey { get; init; }

    /// <summary>The expectation's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where it came from: <c>journey</c>, or <c>policy:&lt;file&gt;</c>.</summary>
    public required string Source { get; init; }

    /// <summary>What it expects, in words.</summary>
    public required string Description { get; init; }

    /// <summary>True when it held.</summary>
    public required bool Passed { get; init; }

    /// <summary>Why it failed: one line per offending request or finding (method, URL, step, parameter).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The captured requests that broke it.</summary>
    public IReadOnlyList<long> RequestIds { get; init; } = [];

    /// <summary>The keys of the findings that broke it.</summary>
    public IReadOnlyList<string> FindingKeys { get; init; } = [];
}
