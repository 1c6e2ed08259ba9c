using TrackerAudit.Running;

namespace TrackerAudit.Reports;

/// <summary>
/// The page each of some requests was made from, in one pass over a run's requests: a decoded capture reads its
/// requests back from disk, so a report looks up only the ones it needs instead of indexing them all.
/// </summary>
internal static class RequestPages
{
    public static Dictionary<long, string?> Of(JourneyRun run, IEnumerable<long> requestIds)
    {
        var pages = new Dictionary<long, string?>();
        var wanted = requestIds.ToHashSet();
        if (wanted.Count == 0)
        {
            return pages;
        }

        foreach (var request in run.Requests)
        {
            if (wanted.Contains(request.Id))
            {
                pages.TryAdd(request.Id, request.PageUrl);
            }
        }

        return pages;
    }
}
