namespace TrackerAudit.Model;

/// <summary>
/// One way of answering a site's cookie banner (<c>consent:</c> in a journey): the steps that give the answer,
/// run after the start page has loaded and before the journey's own steps.
/// </summary>
public sealed record ConsentVariant
{
    /// <summary>The variant's name, e.g. <c>reject</c>; unique within the journey.</summary>
    public required string Name { get; init; }

    /// <summary>What the steps answer.</summary>
    public required ConsentAnswer Answer { get; init; }

    /// <summary>The steps that give the answer, numbered from 1 within the variant; empty for "do nothing".</summary>
    public IReadOnlyList<Step> Steps { get; init; } = [];
}
