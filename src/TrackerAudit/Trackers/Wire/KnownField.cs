namespace TrackerAudit.Trackers.Wire;

/// <summary>What a tracker's parameter, JSON path or cookie means: the data a decoder looks names up in.</summary>
/// <param name="Meaning">A few words for a report; null when unknown.</param>
/// <param name="Sensitivity">How much it can tell about a person.</param>
/// <param name="Cookie">The first-party cookie whose value the parameter carries, if any.</param>
internal readonly record struct KnownField(string? Meaning, FieldSensitivity Sensitivity, string? Cookie = null)
{
    public static KnownField Unknown { get; } = new(null, FieldSensitivity.Unknown);
}
