namespace TrackerAudit.Reports.Bundle;

/// <summary>A journey file a run used, and its SHA-256 when the run read it.</summary>
internal sealed record JourneyFile(string Path, string Sha256);
