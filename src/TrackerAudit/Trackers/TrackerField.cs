namespace TrackerAudit.Trackers;

/// <summary>
/// One decoded value, flattened to a path that says where in the request it was,
/// e.g. <c>dl</c>, <c>cd[buttonText]</c>, <c>cd[buttonFeatures].innerText</c>, <c>cd[formFeatures][0].placeholder</c>,
/// <c>udff[em]</c> or <c>cookie:c_user</c>.
/// </summary>
/// <param name="Path">Where the value was in the request.</param>
/// <param name="Value">The value as decoded (percent-decoding undone; JSON strings unquoted).</param>
/// <param name="Meaning">What the parameter means, in a few words; null when unknown.</param>
/// <param name="Sensitivity">How much it can tell about a person.</param>
/// <param name="Cookie">The first-party cookie whose value this parameter carries (<c>_ga</c> in GA4's <c>cid</c>, <c>_fbp</c> in Meta's <c>fbp</c>), so an identifier is named on both sides; null when none.</param>
public sealed record TrackerField(string Path, string Value, string? Meaning, FieldSensitivity Sensitivity, string? Cookie = null);
