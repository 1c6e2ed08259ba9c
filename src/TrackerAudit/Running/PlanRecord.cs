using System.Globalization;
using Serilog;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Running;

/// <summary>What a run meant to do, kept so that a run stopped early can say what it never did.</summary>
internal static class PlanRecord
{
    /// <summary>After Ctrl-C or SIGTERM: the run was interrupted, and these journey runs never started.</summary>
    public static RunCompleteness? NotStarted(IReadOnlyList<Journey> journeys, JourneyRun?[] slots, CancellationToken cancellationToken)
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var notStarted = journeys.Where((_, index) => slots[index] is null).Select(journey => journey.Name).ToList();
        return new RunCompleteness
        {
            State = RunCompleteness.Interrupted,
            Reason = notStarted.Count == 0
                ? "stopped by Ctrl-C or SIGTERM: the journeys running then stopped at their current step"
                : string.Create(CultureInfo.InvariantCulture, $"stopped by Ctrl-C or SIGTERM: {notStarted.Count} of {journeys.Count} journey runs never started"),
            NotStarted = notStarted,
        };
    }

    /// <summary>Written before the browser starts, so that a run killed before its report still names what it meant to run.</summary>
    public static void Write(IReadOnlyList<Journey> journeys, AuditOptions options, DateTimeOffset startedAt, ILogger logger)
    {
        try
        {
            RunPlanFile.Write(options.RunFolder, new RunPlanDocument
            {
                RunId = options.RunId,
                StartedAt = startedAt,
                CommandLine = options.CommandLine,
                TrackerTraffic = options.TrackerTraffic,
                Journeys = journeys.Select(journey => new PlannedJourney(journey.Name, journey.SourcePath, journey.SourceSha256, journey.Sensitive)).ToList(),
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The run can still be made and reported; only a crash before the report would lose the journey list.
            logger.Warning("Could not write {File}: {Reason}", RunPlanFile.FileName, exception.Message);
        }
    }
}
