using TrackerAudit.Reports;
namespace TrackerAudit.Model;

/// <summary>What one consent variant's runs sent to trackers before and after the banner had its answer.</summary>
public sealed record ConsentVariantSummary
{
    /// <summary>The variant's name.</summary>
    public required string Name { get; init; }

    /// <summary>What it answers.</summary>
    public required ConsentAnswer Answer { get; init; }

    /// <summary>How many runs of the variant there were (more than one with <c>--repeat</c>); counts below add them up.</summary>
    public required int Runs { get; init; }

    /// <summary>What was sent before any answer (all of it when the variant gives none).</summary>
    public required ConsentPhase BeforeAnswer { get; init; }

    /// <summary>What was sent from the answering step on; null when the variant gives no answer.</summary>
    public ConsentPhase? AfterAnswer { get; init; }

    /// <summary>The variant's findings, of every category.</summary>
    public required int Findings { get; init; }

    /// <summary>
    /// True when the visitor rejected tracking and a tracker event, or data to any other third party, was sent all the same.
    /// </summary>
    public bool FiredAfterRefusal => Answer == ConsentAnswer.Reject && AfterAnswer is { Tracking: true };

    /// <summary>True when the browser sent Global Privacy Control and a tracker event, or data to any other third party, was sent all the same.</summary>
    public bool TrackedUnderGpc => Answer == ConsentAnswer.Gpc && AfterAnswer is { Tracking: true };

    /// <summary>One sentence for people.</summary>
    public required string Verdict { get; init; }
}
