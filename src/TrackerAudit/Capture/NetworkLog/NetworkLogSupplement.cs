using TrackerAudit.Running;

namespace TrackerAudit.Capture.NetworkLog;

/// <summary>
/// Adds to each journey run the requests that only Chromium's network log saw. Playwright's events
/// miss requests a page sends while it unloads (sendBeacon, keepalive fetch, images in
/// <c>pagehide</c>); the network log, written by the browser's network stack, has them all.
/// </summary>
/// <remarks>
/// The log does not say which browser context made a request, so each one is attributed to the journey
/// that was running at the time. When journeys run in parallel their time windows overlap; then the
/// request's initiator (the origin of the page or frame that made it) picks, among the journeys running
/// at the time, the one that had a page or frame at that origin. When that still leaves more than one
/// (parallel journeys on the same site) or none, the request is attributed to no journey and
/// <c>ambiguous</c> is told: evidence pinned on the wrong journey would be worse than evidence missing
/// from a journey, and the request stays in the network log file of the run.
/// </remarks>
internal static class NetworkLogSupplement
{
    public static IReadOnlyList<JourneyRun> Merge(
        IReadOnlyList<JourneyRun> runs,
        IReadOnlyList<NetLogRequest> log,
        Func<long> nextId,
        Action<CapturedRequest> record,
        Action<NetLogRequest, IReadOnlyList<string>>? ambiguous = null)
    {
        // Requests Playwright saw go to the network as well, so each one accounts for one log entry.
        // Requests answered by a route never reach the network stack and are not in the log.
        var seen = runs.SelectMany(run => run.Requests)
            .Where(request => request.Disposition == RequestDisposition.Sent)
            .GroupBy(request => (request.Method, request.Url))
            .ToDictionary(group => group.Key, group => group.Count());

        var added = runs.ToDictionary(run => run, _ => new List<CapturedRequest>());
        var origins = runs.ToDictionary(run => run, Origins);
        foreach (var entry in log.Where(entry => entry.FromPage))
        {
            var key = (entry.Method, entry.Url);
            if (seen.TryGetValue(key, out var count) && count > 0)
            {
                seen[key] = count - 1;
                continue;
            }

            var running = runs.Where(candidate => candidate.StartedAt <= entry.Time && entry.Time <= candidate.EndedAt).ToList();
            if (running.Count == 0)
            {
                continue;
            }

            var run = Attribute(entry, running, origins);
            if (run is null)
            {
                ambiguous?.Invoke(entry, running.Select(candidate => candidate.Journey).ToList());
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

    private static JourneyRun? Attribute(NetLogRequest entry, IReadOnlyList<JourneyRun> running, Dictionary<JourneyRun, HashSet<string>> origins)
    {
        if (running.Count == 1)
        {
            return running[0];
        }

        if (entry.Initiator is null)
        {
            return null;
        }

        var initiator = Origin(entry.Initiator);
        var matching = running.Where(run => initiator is not null && origins[run].Contains(initiator)).Take(2).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    /// <summary>The origins of every page and frame the journey had, as Chromium writes an initiator: <c>scheme://host[:port]</c>.</summary>
    private static HashSet<string> Origins(JourneyRun run)
    {
        var urls = run.Requests.SelectMany(request => new[] { request.PageUrl, request.FrameUrl, request.IsNavigation ? request.Url : null })
            .Concat(run.Steps.Select(step => step.PageUrl))
            .Append(run.StartUrl);
        return urls.Select(Origin).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string? Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
