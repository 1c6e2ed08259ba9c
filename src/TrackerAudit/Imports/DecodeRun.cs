using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// Turns a capture made elsewhere into a journey run, as if TrackerAudit had captured it: tracker requests
/// decoded, findings made. Built for captures of any size: every request's metadata is kept, but a body
/// only when a tracker decoder claims the request, or when it is a third party's and at most
/// <see cref="KeptBodyChars"/> long. Larger third-party bodies are searched for findings as they pass
/// (<see cref="BodySearch"/>) and then dropped; first-party bodies that no decoder claims are never searched
/// by the findings engine, and are dropped at once.
/// </summary>
internal static class DecodeRun
{
    /// <summary>Third-party bodies up to this many characters stay in the report: a tracker's beacon is smaller.</summary>
    public const int KeptBodyChars = 8 * 1024;

    /// <param name="firstId">The first request's id: ids are unique across the journeys of a run.</param>
    public static JourneyRun Decode(DecodeInput input, long firstId, DecodeOptions options, TrackerCatalogue catalogue, ILogger logger, CancellationToken cancellationToken)
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
        var search = new BodySearch(template);
        var requests = new List<CapturedRequest>();
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

                requests.Add(Slim(request, catalogue, firstParty, search));
            }
        }
        catch (HarFormatException exception)
        {
            status = JourneyStatus.Failed;
            error = exception.Message;
            logger.Error("{Message}; the {Count} requests before it are decoded", exception.Message, requests.Count);
        }

        var decoded = TrackerDecoding.Decode(requests, catalogue, logger);
        logger.Information("{Source}: {Count} requests, {Trackers} sent by known trackers", input.SourcePath, requests.Count, decoded.Count);
        var run = template with
        {
            Status = status,
            Error = error,
            StartedAt = requests.Count > 0 ? requests.Min(request => request.Time) : now,
            EndedAt = requests.Count > 0 ? requests.Max(request => request.Time) : now,
            Requests = requests,
            TrackerRequests = decoded,
        };
        return run with { Findings = search.MergeWith(FindingsEngine.Analyse(run)) };
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

    private static CapturedRequest Slim(CapturedRequest request, TrackerCatalogue catalogue, string firstParty, BodySearch search)
    {
        if ((request.BodyText is null && request.BodyBase64 is null) || catalogue.Find(request) is not null)
        {
            return request;
        }

        var withoutBody = request with { BodyText = null, BodyBase64 = null };
        if (!Sites.IsThirdParty(request.Url, firstParty))
        {
            return withoutBody;
        }

        if ((request.BodyText?.Length ?? request.BodyBase64!.Length) <= KeptBodyChars)
        {
            return request;
        }

        search.Add(request);
        return withoutBody;
    }
}
