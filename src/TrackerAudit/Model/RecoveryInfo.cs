namespace TrackerAudit.Model;

/// <summary>How <c>trackeraudit recover</c> rebuilt a run folder that was never sealed.</summary>
/// <param name="At">When it was recovered (UTC).</param>
/// <param name="From">What the reports were rebuilt from: <c>capture.ndjson</c>, or <c>report.json</c> when the run had written it.</param>
/// <param name="CaptureLines">The capture log's lines that were read.</param>
/// <param name="UnreadableLines">Lines that could not be read (the last one cut off by the crash, typically), by line number.</param>
public sealed record RecoveryInfo(DateTimeOffset At, string From, long CaptureLines, IReadOnlyList<long> UnreadableLines);
