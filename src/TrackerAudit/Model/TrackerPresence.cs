namespace TrackerAudit.Model;

/// <summary>A tracker seen in one run and not the other.</summary>
/// <param name="TrackerId">Stable tracker id, e.g. <c>meta-pixel</c>.</param>
/// <param name="TrackerName">The tracker, for people.</param>
public sealed record TrackerPresence(string TrackerId, string TrackerName);
