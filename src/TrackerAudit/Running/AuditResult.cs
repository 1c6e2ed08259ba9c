using TrackerAudit.Reports;

namespace TrackerAudit.Running;

/// <summary>The outcome of an audit: the report, where it was written, and the exit code.</summary>
/// <param name="Report">The run's report.</param>
/// <param name="RunFolder">Where the report and its evidence are.</param>
/// <param name="ExitCode">The process exit code (see <see cref="Errors.ExitCodes"/>).</param>
public sealed record AuditResult(RunReport Report, string RunFolder, int ExitCode);
