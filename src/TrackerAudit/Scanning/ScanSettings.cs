namespace TrackerAudit.Scanning;

/// <summary>How each site of a scan is visited: how many further pages, the seed of their choice, the sensitive words.</summary>
internal sealed record ScanSettings(int Pages, int Seed, IReadOnlyList<string> Sensitive);
