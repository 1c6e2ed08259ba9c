namespace TrackerAudit.Trackers;

/// <summary>One way a typed value may have been normalised before a tracker encoded it.</summary>
/// <param name="Description">How the form was made, e.g. <c>raw</c>, <c>lower</c>, <c>normalised em</c>.</param>
/// <param name="Value">The normalised text.</param>
public sealed record NormalizedForm(string Description, string Value);
