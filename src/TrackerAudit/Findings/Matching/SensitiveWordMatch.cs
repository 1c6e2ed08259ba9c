namespace TrackerAudit.Findings.Matching;

/// <summary>A sensitive word or phrase found in some text.</summary>
/// <param name="Word">The word or phrase as the journey lists it.</param>
/// <param name="Index">Where the match starts in the searched text.</param>
/// <param name="MatchedText">The text that matched, e.g. <c>Sexual%20Assault</c>.</param>
internal sealed record SensitiveWordMatch(string Word, int Index, string MatchedText);
