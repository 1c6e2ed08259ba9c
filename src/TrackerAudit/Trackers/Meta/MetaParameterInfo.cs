namespace TrackerAudit.Trackers.Meta;

/// <summary>What a Meta Pixel parameter means and how sensitive it is.</summary>
/// <param name="Meaning">A few words for a report; null when unknown.</param>
/// <param name="Sensitivity">How much it can tell about a person.</param>
internal readonly record struct MetaParameterInfo(string? Meaning, FieldSensitivity Sensitivity)
{
    public static MetaParameterInfo Unknown { get; } = new(null, FieldSensitivity.Unknown);
}
