using TrackerAudit.Reports;

namespace TrackerAudit.Merging;

/// <summary>One input of a merge, ready to combine.</summary>
/// <param name="Report">The input's report as it was sealed.</param>
/// <param name="IdOffset">Added to each of its request ids so that they stay unique in the merged run.</param>
/// <param name="Screenshots">Screenshots that had to move to a new path in the merged folder, old path to new.</param>
internal sealed record ShardPart(RunReport Report, long IdOffset, IReadOnlyDictionary<string, string> Screenshots);
