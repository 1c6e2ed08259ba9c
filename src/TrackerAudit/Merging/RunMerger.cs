using TrackerAudit.Comparisons;
using TrackerAudit.Reports;
using TrackerAudit.Running;

namespace TrackerAudit.Merging;

/// <summary>
/// Combines the reports of runs made apart (the shards of one audit) into one report: every journey,
/// request ids moved apart, the run's times spanning them all.
/// </summary>
internal static class RunMerger
{
    /// <summary>Journey names that more than one part holds: such parts cannot be merged.</summary>
    public static IReadOnlyList<string> DuplicateJourneys(IEnumerable<RunReport> reports) =>
        reports.SelectMany(report => report.Journeys.Select(run => run.Journey))
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();

    /// <summary>
    /// The merged report. Journeys are sorted by name (ordinal), the order a shard runs them in, so the
    /// result does not depend on the order the parts were given in.
    /// </summary>
    public static RunReport Merge(IReadOnlyList<ShardPart> parts, string runId)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(parts));
        }

        var reports = parts.Select(part => part.Report).ToList();
        var errors = reports.Where(report => report.Error is not null).Select(report => $"{report.RunId}: {report.Error}").ToList();
        var journeys = parts
            .SelectMany(part => part.Report.Journeys.Select(run => Move(run, part)))
            .OrderBy(run => run.Journey, StringComparer.Ordinal)
            .ToList();
        var replay = reports.Select(report => report.Replay).FirstOrDefault(summary => summary is not null);
        return RunComparisons.Add(new RunReport
        {
            RunId = runId,
            Tool = reports[0].Tool,
            Browser = reports.Select(report => report.Browser).FirstOrDefault(browser => browser is not null),
            StartedAt = reports.Min(report => report.StartedAt),
            EndedAt = reports.Max(report => report.EndedAt),
            CommandLine = string.Join("\n", reports.Select(report => report.CommandLine).Where(line => line.Length > 0)),
            TrackerTraffic = string.Join("; ", reports.Select(report => report.TrackerTraffic).Where(note => note.Length > 0).Distinct(StringComparer.Ordinal)),
            Error = errors.Count == 0 ? null : string.Join("; ", errors),
            Replay = replay is null ? null : ReplaySummary.Of(replay.Archives, journeys),
            Lists = reports.SelectMany(report => report.Lists).DistinctBy(list => (list.Name, list.Sha256)).ToList(),
            Journeys = journeys,
        });
    }

    private static JourneyRun Move(JourneyRun run, ShardPart part)
    {
        var moved = RequestIdShift.Apply(run, part.IdOffset);
        return part.Screenshots.Count == 0 ? moved : moved with
        {
            Steps = moved.Steps.Select(step => step with
            {
                Screenshots = step.Screenshots.Select(path => part.Screenshots.GetValueOrDefault(path, path)).ToList(),
            }).ToList(),
        };
    }
}
