namespace TrackerAudit.Journeys;

// Name and NameLocation are set whenever the name could be read, even if the journey itself could not,
// so that a duplicate name across files is reported in the same run as the files' other problems.
internal sealed record ParsedJourney(string File, Journey? Journey, string? Name, SourceLocation NameLocation, IReadOnlyList<JourneyProblem> Problems);
