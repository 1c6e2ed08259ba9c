namespace TrackerAudit.Model;

/// <summary>An account of a tracker (Meta: a pixel id) that received data in one run and not the other.</summary>
/// <param name="TrackerId">Stable tracker id.</param>
/// <param name="TrackerName">The tracker, for people.</param>
/// <param name="AccountId">The account, e.g. the pixel id.</param>
public sealed record TrackerAccount(string TrackerId, string TrackerName, string AccountId);
