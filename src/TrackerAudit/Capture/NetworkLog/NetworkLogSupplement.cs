using TrackerAudit.Running;

namespace TrackerAudit.Capture.NetworkLog;

/// <summary>
/// Adds to each journey run the requests that only Chromium's network log saw. Playwright's events
/// miss requests a page sends while it unloads (sendBeacon, keepalive fetch, images in
/// <c>pagehide</c>); the network log, written by the browser's network stack, has them all.
/// </summary>
internal static class NetworkLogSupplement
{
    public static IReadOnlyList<JourneyRun> Merge(IReadOnlyList<JourneyRun> runs, IReadOnlyList<NetLogRequest> log, Func<long> nextId, Action<CapturedRequest> record)
    {
        // Requests Playwright saw go to the network as well, so each one accounts for one log entry.
        // Requests answered by a route never reach the network stack and are not in the log.
        var seen = runs.SelectMany(run => run.Requests)
            .Where(request => request.Disposition == RequestDisposition.Sent)
            .GroupBy(request => (request.Method, request.Url))
            .ToDictionary(group => group.Key, group => group.Count());

        var added = runs.ToDictionary(run => run, _ => new List<CapturedRequest>());
        foreach (var entry in log.Where(entry => entry.FromPage))
        {
            var key = (entry.Method, entry.Url);
            if (seen.TryGetValue(key, out var count) && count > 0)
            {
                seen[key] = count - 1;
                continue;
            }

            var run = runs.FirstOrDefault(candidate => candidate.StartedAt <= entry.Time && entry.Time <= candidate.EndedAt);
            if (run is null)
            {
                continue;
            }

            var step = run.Steps.LastOrDefault(candidate => candidate.StartedAt is { } started && started <= entry.Time) ?? run.Steps.FirstOrDefault();
            var request = new CapturedRequest
            {
                Id = nextId(),
                Time = entry.Time,
                Journey = run.Journey,
                StepIndex = step?.Index ?? 0,
                StepName = step?.Name ?? StepMarker.Start.Name,
                ResourceType = entry.RequestType switch
                {
                    "main frame" or "sub frame" => "document",
                    _ => "other",
                },
                Method = entry.Method,
                Url = entry.Url,
                Headers = entry.Headers,
                BodySize = entry.BodySize,
                IsNavigation = entry.RequestType is "main frame" or "sub frame",
                Source = CaptureSource.NetworkLog,
                Status = entry.Status,
                Failure = entry.Failure,
            };
            added[run].Add(request);
            record(request);
        }

        return runs.Select(run => added[run].Count == 0
            ? run
            : run with { Requests = run.Requests.Concat(added[run]).OrderBy(request => request.Time).ThenBy(request => request.Id).ToList() })
            .ToList();
    }
}
