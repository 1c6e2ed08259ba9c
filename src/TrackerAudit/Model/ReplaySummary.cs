namespace TrackerAudit.Model;

/// <summary>What a replay ran on, and every request its archives could not answer.</summary>
public sealed record ReplaySummary
{
    /// <summary>The HAR files replayed, in the order given.</summary>
    public required IReadOnlyList<ReplayArchive> Archives { get; init; }

    /// <summary>Requests no archive had a response for: they failed as they would offline. Tracker endpoints are not among them (they are answered locally).</summary>
    public required IReadOnlyList<UnansweredRequest> Unanswered { get; init; }

    /// <summary>The summary of replaying <paramref name="archives"/> in <paramref name="runs"/>.</summary>
    public static ReplaySummary Of(IReadOnlyList<ReplayArchive> archives, IEnumerable<JourneyRun> runs) => new()
    {
        Archives = archives,
        Unanswered = runs
            .SelectMany(run => run.Requests.Where(request => request.Disposition == RequestDisposition.NotInArchive)
                .Select(request => new UnansweredRequest(run.Journey, request.StepIndex, request.Method, request.Url)))
            .ToList(),
    };
}
