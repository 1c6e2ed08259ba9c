namespace TrackerAudit.Trackers.Google;

/// <summary>What a Google tag parameter means and how sensitive it is.</summary>
/// <param name="Meaning">A few words for a report; null when unknown.</param>
/// <param name="Sensitivity">How much it can tell about a person.</param>
/// <param name="Cookie">The first-party cookie whose value the parameter carries, if any.</param>
internal readonly record struct GoogleParameterInfo(string? Meaning, FieldSensitivity Sensitivity, string? Cookie = null)
{
    public static GoogleParameterInfo Unknown { get; } = new(null, FieldSensitivity.Unknown);
}
