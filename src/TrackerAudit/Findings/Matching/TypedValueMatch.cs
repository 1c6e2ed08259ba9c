namespace TrackerAudit.Findings.Matching;

/// <summary>A typed value found in some text, possibly transformed.</summary>
/// <param name="Label">The input or step the value was typed into.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Chain">The transforms that turn the value into <paramref name="MatchedText"/>, e.g. <c>sha256(normalised em)</c>.</param>
/// <param name="Index">Where the match starts in the searched text.</param>
/// <param name="MatchedText">The text that matched.</param>
internal sealed record TypedValueMatch(string Label, string Value, string Chain, int Index, string MatchedText);
