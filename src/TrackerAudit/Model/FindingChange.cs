namespace TrackerAudit.Model;

/// <summary>A finding present in both runs (same <see cref="Finding.Key"/>) whose severity changed.</summary>
/// <param name="Baseline">The finding as the baseline run reported it.</param>
/// <param name="Current">The finding as the current run reported it.</param>
public sealed record FindingChange(Finding Baseline, Finding Current);
