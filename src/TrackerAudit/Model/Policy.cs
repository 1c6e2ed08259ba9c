namespace TrackerAudit.Model;

/// <summary>Rules that every journey of a run must keep, read from a policy file.</summary>
public sealed record Policy
{
    /// <summary>The policy's name: its <c>name:</c>, or the file's name without extension.</summary>
    public required string Name { get; init; }

    /// <summary>The policy file, as given.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Lower-case hex SHA-256 of the policy file's bytes.</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>The rules, in file order; step references in them are numbers only.</summary>
    public IReadOnlyList<Expectation> Rules { get; init; } = [];
}
