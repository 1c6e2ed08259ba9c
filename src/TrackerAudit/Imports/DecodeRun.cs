using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// Turns a capture made elsewhere into a journey run, as if TrackerAudit had captured it: tracker requests
/// decoded, findings made. Built for captures of any size, in memory that does not grow with them: each request
/// is decoded and searched for findings as it is read (<see cref="BatchedFindings"/>), then it goes to disk
/// (<see cref="SpilledList{T}"/>); its decoded form is made again from it when read (<see cref="RedecodedList"/>).
/// A request keeps its body only when a tracker decoder claims it, or when it is a third party's and at most
/// <see cref="KeptBodyChars"/> long; other bodies are searched, then dropped (the findings engine never searches
/// first-party bodies).
/// </summary>
internal static class DecodeRun
{
    /// <summary>Third-party bodies up to this many characters stay in the report: a tracker's beacon is smaller.</summary>
    public const int KeptBodyChars = 8 * 1024;

    /// <param name="firstId">The first request's id: ids are unique across the journeys of a run.</param>
    /// <param name="spillFolder">Where the requests wait on disk until the reports are written (default: the temporary folder).
    /// The run's <see cref="JourneyRun.Requests"/> are then <see cref="IDisposable"/>: <see cref="Release"/> the run when done.</param>
    public static JourneyRun Decode(DecodeInput input, long firstId, DecodeOptions options, TrackerCatalogue catalogue, ILogger logger, CancellationToken cancellationToken, string? spillFolder = null)
    {
        var now = DateTimeOffset.UtcNow;
        var template = new JourneyRun
        {
            Journey = input.Journey,
            SourcePath = input.SourcePath,
            SourceSha256 = input.SourceSha256,
            StartUrl = input.StartUrl,
            Status = JourneyStatus.Completed,
            StartedAt = now,
            EndedAt = now,
            Sensitive = options.Sensitive,
            TypedValues = options.TypedValues,
            Steps =
            [
                new StepResult
                {
                    Index = 0,
                    Name = "capture",
                    Kind = "import",
                    Action = "decode " + input.SourcePath,
                    Status = StepStatus.Passed,
                    PageUrl = input.StartUrl.Length > 0 ? input.StartUrl : null,
                },
            ],
        };

        var firstParty = Sites.SiteOf(Sites.HostOf(input.StartUrl) ?? "");
        var findings = new BatchedFindings(template);
        var requests = new SpilledList<CapturedRequest>(spillFolder ?? Path.GetTempPath());
        var decoded = new RedecodedList(requests, catalogue);
        DateTimeOffset? first = null, last = null;
        var status = JourneyStatus.Completed;
        string? error = null;
        try
        {
            foreach (var request in input.Read(firstId))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    status = JourneyStatus.Interrupted;
                    error = "interrupted: the requests read until then were decoded";
                    break;
                }

                var trackerRequest = TrackerDecoding.Decode(request, catalogue, logger);
                if (trackerRequest is not null)
                {
                    decoded.Add(requests.Count);
                }

                findings.Add(request, trackerRequest);
                requests.Add(Slim(request, claimed: trackerRequest is not null, firstParty));
                first = first is null || request.Time < first ? request.Time : first;
                last = last is null || request.Time > last ? request.Time : last;
            }
        }
        catch (HarFormatException exception)
        {
            status = JourneyStatus.Failed;
            error = exception.Message;
            logger.Error("{Message}; the {Count} requests before it are decoded", exception.Message, requests.Count);
        }

        logger.Information("{Source}: {Count} requests, {Trackers} sent by known trackers", input.SourcePath, requests.Count, decoded.Count);
        return template with
        {
            Status = status,
            Error = error,
            StartedAt = first ?? now,
            EndedAt = last ?? now,
            Requests = requests,
            TrackerRequests = decoded,
            Findings = findings.All(),
        };
    }

    /// <summary>
    /// The page a capture started on: the first document request's URL, else the first request's page, else
    /// the first request's URL. Reads only as far as the first document.
    /// </summary>
    public static string StartUrlOf(IEnumerable<CapturedRequest> requests)
    {
        string? fallback = null;
        foreach (var request in requests)
        {
            if (request.ResourceType == "document")
            {
                return request.Url;
            }

            fallback ??= request.PageUrl ?? request.Url;
        }

        return fallback ?? "";
    }

    /// <summary>Disposes what <see cref="Decode"/> left on disk for a run.</summary>
    public static void Release(JourneyRun run) => (run.Requests as IDisposable)?.Dispose();

    private static CapturedRequest Slim(CapturedRequest request, bool claimed, string firstParty)
    {
        if ((request.BodyText is null && request.BodyBase64 is null) || claimed)
        {
            return request;
        }

        var small = (request.BodyText?.Length ?? request.BodyBase64!.Length) <= KeptBodyChars;
        return small && Sites.IsThirdParty(request.Url, firstParty) ? request : request with { BodyText = null, BodyBase64 = null };
    }
}
