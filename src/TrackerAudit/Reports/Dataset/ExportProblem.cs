namespace TrackerAudit.Reports.Dataset;

/// <summary>A run folder that was not exported, why, and the exit code it stands for (1: fails its seal, 2: not a readable run folder).</summary>
internal sealed record ExportProblem(string Folder, string Reason, int ExitCode);
