namespace TrackerAudit.Model;

/// <summary>How many times a tracker event was sent.</summary>
/// <param name="Tracker">The tracker's name.</param>
/// <param name="Event">The event's name.</param>
/// <param name="Count">How many times.</param>
public sealed record EventCount(string Tracker, string Event, int Count);
