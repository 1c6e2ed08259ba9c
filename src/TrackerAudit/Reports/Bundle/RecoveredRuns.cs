using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Turns a capture log back into journey runs, as the run would have reported them had it not been killed: every
/// request with its outcome, the steps as far as they got, tracker requests decoded and findings made (sensitive
/// words from <c>plan.json</c>, typed values from the log's journey lines). Expectations are not checked: the
/// journeys' files may have changed since, and a run cut short cannot pass them.
/// </summary>
internal static class RecoveredRuns
{
    public const string Error = "the process ended before this journey finished (killed, crashed or the machine stopped); rebuilt from capture.ndjson";

    public static List<JourneyRun> Build(CaptureLog log, RunPlanDocument? plan, string runFolder, ILogger logger)
    {
        var planned = plan?.Journeys.ToDictionary(journey => journey.Name, StringComparer.Ordinal) ?? [];
        // The report lists journeys in the plan's order, as a run does; journeys the plan does not know come after.
        var order = (plan?.Journeys.Select(journey => journey.Name) ?? []).Where(log.Journeys.Contains).Concat(log.Journeys.Where(name => !planned.ContainsKey(name)));
        var bodies = new RequestBodies(runFolder);
        var runs = new List<JourneyRun>();
        foreach (var name in order)
        {
            var run = Run(name, log, planned.GetValueOrDefault(name), plan);
            var decoded = run with { TrackerRequests = TrackerDecoding.Decode(run.Requests, TrackerRegistry.Catalogue(), logger, bodies) };
            runs.Add(decoded with { Findings = Analyse(decoded, bodies, logger) });
        }

        return runs;
    }

    private static JourneyRun Run(string name, CaptureLog log, PlannedJourney? planned, RunPlanDocument? plan)
    {
        var requests = log.Requests(name);
        var steps = Steps(log.Steps(name));
        var start = log.Start(name);
        var times = requests.Select(request => request.Time)
            .Concat(log.Steps(name).Select(step => step.Time))
            .Concat(start is null ? [] : [start.Time])
            .ToList();
        var fallback = plan?.StartedAt ?? DateTimeOffset.UtcNow;
        return new JourneyRun
        {
            Journey = name,
            SourcePath = planned?.SourcePath ?? "",
            SourceSha256 = planned?.SourceSha256 ?? "",
            StartUrl = start?.StartUrl ?? Imports.DecodeRun.StartUrlOf(requests),
            Status = JourneyStatus.Interrupted,
            Error = Error,
            StartedAt = times.Count > 0 ? times.Min() : fallback,
            EndedAt = times.Count > 0 ? times.Max() : fallback,
            Sensitive = planned?.Sensitive ?? [],
            TypedValues = start?.TypedValues ?? new Dictionary<string, string>(),
            Steps = steps,
            Requests = requests,
        };
    }

    private static List<StepResult> Steps(IReadOnlyList<StepLine> lines) =>
        lines.GroupBy(line => line.Index).OrderBy(group => group.Key).Select(group =>
        {
            var started = group.FirstOrDefault(line => line.Event == "start");
            var ended = group.LastOrDefault(line => line.Event != "start");
            var first = started ?? group.First();
            return new StepResult
            {
                Index = group.Key,
                Name = first.Name,
                Kind = "recovered",
                Action = first.Name,
                Status = ended?.Event == "end" ? StepStatus.Passed : StepStatus.Failed,
                StartedAt = started?.Time,
                EndedAt = ended?.Time,
                Error = ended is null ? "the process ended during this step" : ended.Error,
            };
        }).ToList();

    private static IReadOnlyList<Finding> Analyse(JourneyRun run, RequestBodies bodies, ILogger logger)
    {
        try
        {
            return FindingsEngine.Analyse(run, bodies);
        }
        catch (Exception exception)
        {
            // Findings are derived; the capture they come from is still in the report.
            logger.Error(exception, "Analysing the findings of {Journey} failed", run.Journey);
            return [];
        }
    }
}
