namespace TrackerAudit.Reports.Bundle;

/// <summary>One journey run a run planned: enough to name it, find its file and search its capture for sensitive words.</summary>
internal sealed record PlannedJourney(string Name, string SourcePath, string SourceSha256, IReadOnlyList<string> Sensitive);
