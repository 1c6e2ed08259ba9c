using TrackerAudit.Journeys;

namespace TrackerAudit.Expectations;

/// <summary>A policy read from a file, or the problems that kept it from being read.</summary>
/// <param name="Policy">The policy; null when the file has any problem.</param>
/// <param name="Problems">Every problem found, in file order.</param>
public sealed record PolicyLoadResult(Policy? Policy, IReadOnlyList<JourneyProblem> Problems)
{
    /// <summary>True when the file had no problem.</summary>
    public bool IsValid => Problems.Count == 0;
}
