namespace TrackerAudit.Trackers;

/// <summary>Who a tracker is: the one place its id and name are written, shared by its decoder and every event it decodes.</summary>
/// <param name="Id">Stable tracker id used in <c>report.json</c>, expectations and policies, e.g. <c>meta-pixel</c>, <c>ga4</c>.</param>
/// <param name="Name">The tracker's name for people, e.g. <c>Meta Pixel</c>.</param>
public sealed record Tracker(string Id, string Name)
{
    /// <summary>Stands in until a decoder names the tracker; the contract test fails on any event left with it.</summary>
    public static Tracker Unknown { get; } = new("unknown", "Unknown tracker");
}
