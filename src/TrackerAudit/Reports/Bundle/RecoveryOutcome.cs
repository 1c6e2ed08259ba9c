namespace TrackerAudit.Reports.Bundle;

/// <summary>What <see cref="RunRecovery"/> did.</summary>
/// <param name="Kind">Recovered, or why not.</param>
/// <param name="Report">The report written, when recovered.</param>
/// <param name="Message">In words: the verification of a sealed folder, or why the run is incomplete.</param>
internal sealed record RecoveryOutcome(RecoveryKind Kind, RunReport? Report, string Message);
