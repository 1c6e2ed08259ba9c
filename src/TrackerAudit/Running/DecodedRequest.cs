using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>A captured request that a known tracker sent, and what it decoded to.</summary>
/// <param name="RequestId">The captured request.</param>
/// <param name="TrackerId">The tracker.</param>
/// <param name="TrackerName">The tracker, for people.</param>
/// <param name="Events">Decoded events; empty when the request could not be decoded.</param>
/// <param name="Warnings">What could not be decoded.</param>
public sealed record DecodedRequest(long RequestId, string TrackerId, string TrackerName, IReadOnlyList<TrackerEvent> Events, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the request is a tracker's but nothing could be decoded from it.</summary>
    public bool Undecoded => Events.Count == 0;
}
