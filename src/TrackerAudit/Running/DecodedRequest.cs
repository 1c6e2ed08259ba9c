using System.Text.Json.Serialization;
using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>A captured request that a known tracker sent, and what it decoded to.</summary>
public sealed record DecodedRequest
{
    /// <summary>Creates the decoded request of a tracker.</summary>
    public DecodedRequest(long requestId, Tracker tracker, IReadOnlyList<TrackerEvent> events, IReadOnlyList<string> warnings)
    {
        RequestId = requestId;
        Tracker = tracker;
        Events = events;
        Warnings = warnings;
    }

    // report.json keeps the tracker as two flat fields, as it always has.
    [JsonConstructor]
    internal DecodedRequest(long requestId, string trackerId, string trackerName, IReadOnlyList<TrackerEvent> events, IReadOnlyList<string> warnings)
        : this(requestId, new Tracker(trackerId, trackerName), events, warnings)
    {
    }

    /// <summary>The captured request.</summary>
    public long RequestId { get; init; }

    /// <summary>The tracker that sent it.</summary>
    [JsonIgnore]
    public Tracker Tracker { get; init; }

    /// <summary>The tracker's id (from <see cref="Tracker"/>).</summary>
    public string TrackerId
    {
        get => Tracker.Id;
        init => Tracker = Tracker with { Id = value };
    }

    /// <summary>The tracker, for people (from <see cref="Tracker"/>).</summary>
    public string TrackerName
    {
        get => Tracker.Name;
        init => Tracker = Tracker with { Name = value };
    }

    /// <summary>Decoded events; empty when the request could not be decoded.</summary>
    public IReadOnlyList<TrackerEvent> Events { get; init; }

    /// <summary>What could not be decoded.</summary>
    public IReadOnlyList<string> Warnings { get; init; }

    /// <summary>True when the request is a tracker's but nothing could be decoded from it.</summary>
    public bool Undecoded => Events.Count == 0;
}
