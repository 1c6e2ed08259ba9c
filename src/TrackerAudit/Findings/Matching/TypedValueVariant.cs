namespace TrackerAudit.Findings.Matching;

/// <summary>One spelling of a typed value that the matcher searches for.</summary>
/// <param name="Label">The input or step the value was typed into.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Text">The spelling searched for.</param>
/// <param name="Chain">How <paramref name="Text"/> was made from the value, e.g. <c>urlencode(base64(raw))</c>.</param>
internal sealed record TypedValueVariant(string Label, string Value, string Text, string Chain);
