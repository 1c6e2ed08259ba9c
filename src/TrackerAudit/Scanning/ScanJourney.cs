namespace TrackerAudit.Scanning;

/// <summary>A journey generated for one site, with its YAML text (what <c>--save-journeys</c> writes) and its file name.</summary>
internal sealed record ScanJourney(Journey Journey, string Yaml, string FileName);
