namespace TrackerAudit.Reports.Dataset;

/// <summary>A run folder that went into the dataset, with how many rows of the main tables it gave.</summary>
internal sealed record ExportedRun(string Folder, string RunId, int Journeys, int Requests, int Events, int Findings);
