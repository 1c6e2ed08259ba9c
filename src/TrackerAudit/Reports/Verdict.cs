using TrackerAudit.Baselines;
using TrackerAudit.Errors;
using TrackerAudit.Findings;

namespace TrackerAudit.Reports;

/// <summary>What a run should exit with, given what failed and what the caller asked to fail on.</summary>
/// <param name="FailOn">Fail when a finding is at or above this severity.</param>
/// <param name="FailOnNew">Fail only on findings the baseline does not have.</param>
internal sealed record Verdict(Severity? FailOn, bool FailOnNew)
{
    /// <summary>
    /// Interrupted (130) wins over could-not-run (3), which wins over failed expectations or findings
    /// (1): a run that did not finish cannot vouch for what it did not see.
    /// </summary>
    public int ExitCode(RunReport report, int runExitCode, RunDiff? diff)
    {
        if (runExitCode is ExitCodes.Interrupted or ExitCodes.AuditFailed or ExitCodes.InvalidInput)
        {
            return runExitCode;
        }

        return Reasons(report, diff).Count > 0 ? ExitCodes.ExpectationFailed : ExitCodes.Success;
    }

    /// <summary>Why the run fails, in words; empty when it passes.</summary>
    public IReadOnlyList<string> Reasons(RunReport report, RunDiff? diff)
    {
        var reasons = new List<string>();
        var failedExpectations = report.Journeys.SelectMany(run => run.Expectations).Count(expectation => !expectation.Passed);
        if (failedExpectations > 0)
        {
            reasons.Add($"{failedExpectations} expectation(s) failed");
        }

        IEnumerable<Finding> candidates = FailOnNew && diff is not null
            ? diff.NewFindings
            : FailOn is not null ? report.Journeys.SelectMany(run => run.Findings) : [];
        var threshold = FailOn ?? Severity.Low;
        var failing = candidates.Count(finding => finding.Severity >= threshold);
        if (failing > 0)
        {
            var which = FailOnNew && diff is not null ? "new finding(s)" : "finding(s)";
            reasons.Add($"{failing} {which} at or above {threshold.ToString().ToLowerInvariant()}");
        }

        return reasons;
    }
}
