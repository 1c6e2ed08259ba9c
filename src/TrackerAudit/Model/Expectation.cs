namespace TrackerAudit.Model;

/// <summary>
/// One thing a journey run must show, read from a journey's <c>expect:</c> or a policy's <c>rules:</c>.
/// Each rule kind is a derived record holding that rule's parameters, as <see cref="Step"/> is for step kinds.
/// </summary>
public abstract record Expectation
{
    /// <summary>What the expectation checks, in the author's words; unique within its list.</summary>
    public required string Name { get; init; }

    /// <summary>Where the expectation starts in its file.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The YAML key that names the rule, e.g. <c>no-requests</c>.</summary>
    public abstract string Kind { get; }
}
