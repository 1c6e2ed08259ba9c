namespace TrackerAudit.Capture;

/// <summary>The step running now: every request the browser makes is stamped with it.</summary>
internal sealed record StepMarker(int Index, string Name)
{
    public static StepMarker Start { get; } = new(0, "open start page");
}
