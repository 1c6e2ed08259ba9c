namespace TrackerAudit.Model;

/// <summary>A journey run once per way of answering its cookie banner (<c>consent:</c>), the variants side by side.</summary>
public sealed record ConsentComparison
{
    /// <summary>The journey's own name.</summary>
    public required string Journey { get; init; }

    /// <summary>Each variant, in the journey's order.</summary>
    public required IReadOnlyList<ConsentVariantSummary> Variants { get; init; }

    /// <summary>Whether some tracker was told something after the visitor rejected tracking: the loudest thing a consent audit finds.</summary>
    public bool FiredAfterRefusal => Variants.Any(variant => variant.FiredAfterRefusal);

    /// <summary>Whether some variant sent Global Privacy Control and was tracked all the same.</summary>
    public bool TrackedUnderGpc => Variants.Any(variant => variant.TrackedUnderGpc);
}
