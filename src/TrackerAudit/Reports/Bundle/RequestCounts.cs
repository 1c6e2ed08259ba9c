namespace TrackerAudit.Reports.Bundle;

/// <summary>How many captured requests went to the network, were blocked, or were answered locally.</summary>
internal sealed record RequestCounts(int Total, int Sent, int Blocked, int AnsweredLocally);
