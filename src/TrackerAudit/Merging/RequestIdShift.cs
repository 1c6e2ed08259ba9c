using TrackerAudit.Capture;
using TrackerAudit.Running;

namespace TrackerAudit.Merging;

/// <summary>
/// Moves every request id of a journey run, and every reference to one, by the same offset: request ids
/// start at 1 in every run, so runs made apart collide until they are moved apart. A body stored in a file
/// is named after its request, so its file is renamed too (<see cref="BodyFile"/>).
/// </summary>
internal static class RequestIdShift
{
    public static JourneyRun Apply(JourneyRun run, long offset) => offset == 0 ? run : run with
    {
        Requests = run.Requests.Select(request => request with { Id = request.Id + offset, BodyFile = BodyFile(request.BodyFile, request.Id, offset) }).ToList(),
        TrackerRequests = run.TrackerRequests.Select(decoded => decoded with
        {
            RequestId = decoded.RequestId + offset,
            Events = decoded.Events.Select(trackerEvent => trackerEvent with { RequestId = trackerEvent.RequestId + offset }).ToList(),
        }).ToList(),
        Findings = run.Findings.Select(finding => finding with { RequestId = finding.RequestId + offset }).ToList(),
        Expectations = run.Expectations.Select(expectation => expectation with { RequestIds = expectation.RequestIds.Select(id => id + offset).ToList() }).ToList(),
    };

    /// <summary>Where a moved request's body file goes: a file named after its id follows the id.</summary>
    public static string? BodyFile(string? bodyFile, long id, long offset) =>
        bodyFile is not null && bodyFile == RequestBodies.RelativePath(id) ? RequestBodies.RelativePath(id + offset) : bodyFile;

    /// <summary>The highest request id the run refers to anywhere; 0 when none.</summary>
    public static long Highest(JourneyRun run) =>
        run.Requests.Select(request => request.Id)
            .Concat(run.TrackerRequests.Select(decoded => decoded.RequestId))
            .Concat(run.Findings.Select(finding => finding.RequestId))
            .Concat(run.Expectations.SelectMany(expectation => expectation.RequestIds))
            .DefaultIfEmpty(0)
            .Max();
}
