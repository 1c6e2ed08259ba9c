namespace TrackerAudit.Reports.Bundle;

/// <summary>How many captured requests went to the network, were blocked, were answered locally, or (replaying) were answered from the archive or not at all.</summary>
internal sealed record RequestCounts(int Total, int Sent, int Blocked, int AnsweredLocally, int FromArchive, int NotInArchive);
