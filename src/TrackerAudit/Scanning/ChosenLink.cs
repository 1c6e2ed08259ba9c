namespace TrackerAudit.Scanning;

/// <summary>A link a scan chose to follow, and whether its text or URL named a sensitive word.</summary>
internal sealed record ChosenLink(string Url, bool Sensitive);
