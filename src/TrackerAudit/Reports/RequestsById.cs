using TrackerAudit.Capture;
using TrackerAudit.Running;

namespace TrackerAudit.Reports;

/// <summary>
/// Some of a run's requests by id, found in one pass: a decoded capture reads its requests back from disk, so a
/// report looks up only the ones it needs instead of indexing them all. The first request with an id wins.
/// </summary>
internal static class RequestsById
{
    public static Dictionary<long, CapturedRequest> Of(JourneyRun run, IEnumerable<long> requestIds)
    {
        var requests = new Dictionary<long, CapturedRequest>();
        var wanted = requestIds.ToHashSet();
        if (wanted.Count == 0)
        {
            return requests;
        }

        foreach (var request in run.Requests)
        {
            if (wanted.Contains(request.Id))
            {
                requests.TryAdd(request.Id, request);
            }
        }

        return requests;
    }
}
