namespace TrackerAudit.Model;

/// <summary>A tracker event does, or does not, fire (optionally on one step).</summary>
public sealed record TrackerEventExpectation : Expectation
{
    /// <summary>Tracker id from the tracker catalogue, e.g. <c>meta-pixel</c>.</summary>
    public required string Tracker { get; init; }

    /// <summary>The event's name as the tracker receives it, e.g. <c>PageView</c>; compared exactly.</summary>
    public required string EventName { get; init; }

    /// <summary>Only events sent while this step ran; anywhere in the journey when null.</summary>
    public StepReference? Step { get; init; }

    /// <summary>True when the event must fire, false when it must not.</summary>
    public bool Fires { get; init; } = true;

    /// <inheritdoc />
    public override string Kind => "event";
}
