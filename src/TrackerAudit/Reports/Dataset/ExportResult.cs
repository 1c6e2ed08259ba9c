using TrackerAudit.Errors;

namespace TrackerAudit.Reports.Dataset;

/// <summary>What <c>trackeraudit export</c> did: the runs in the dataset and the folders left out.</summary>
internal sealed record ExportResult(string Output, IReadOnlyList<ExportedRun> Exported, IReadOnlyList<ExportProblem> Problems)
{
    /// <summary>0 when every folder was exported; otherwise 2 when one was not a readable run folder, else 1 (one failed its seal).</summary>
    public int ExitCode => Problems.Count == 0 ? ExitCodes.Success : Problems.Max(problem => problem.ExitCode);
}
