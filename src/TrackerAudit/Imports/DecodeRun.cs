using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// Turns a capture made elsewhere into a journey run, as if TrackerAudit had captured it: tracker requests
/// decoded, findings made. Built for captures of any size, in memory that does not grow with them: each request
/// is decoded and searched for findings as it is read (<see cref="BatchedFindings"/>), then it goes to disk
/// (<see cref="SpilledList{T}"/>); its decoded form is made again from it when read (<see cref="RedecodedList"/>).
/// A request keeps its body only when a tracker decoder claims it, or when it is a third party's and at most
/// <see cref="KeptBodyChars"/> long; other bodies are searched, then dropped (the findings engine never searches
/// first-party bodies). A body too long to hold was streamed to <c>bodies/</c> while it was read; it stays there
/// only when a decoder claimed it.
/// Lenient by default, an entry that cannot be read is listed in <see cref="JourneyRun.InputProblems"/> and the
/// others are decoded; strict, the first one ends the input, as JSON that cannot be read always does.
/// </summary>
internal static class DecodeRun
{
    /// <summary>Third-party bodies up to this many characters stay in the report: a tracker's beacon is smaller.</summary>
    public const int KeptBodyChars = 8 * 1024;

    /// <param name="firstId">The first request's id: ids are unique across the journeys of a run.</param>
    /// <param name="spillFolder">The run folder: where the requests wait on disk until the reports are written, and whose
    /// <c>bodies/</c> receives the bodies too long to hold (default: the temporary folder, and bodies are held).
    /// The run's <see cref="JourneyRun.Requests"/> are then <see cref="IDisposable"/>: <see cref="Release"/> the run when done.</param>
    /// <param name="strict">Stop the input at its first bad entry (<c>--strict</c>), instead of skipping and listing it.</param>
    public static JourneyRun Decode(DecodeInput input, long firstId, DecodeOptions options, TrackerCatalogue catalogue, ILogger logger, CancellationToken cancellationToken, string? spillFolder = null, bool strict = false, DecodeLimits? limits = null)
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
        var bodies = spillFolder is null ? null : new RequestBodies(spillFolder);
        var findings = new BatchedFindings(template, bodies);
        var requests = new SpilledList<CapturedRequest>(spillFolder ?? Path.GetTempPath());
        limits ??= DecodeLimits.Default;
        var decoded = new RedecodedList(requests, catalogue, bodies, limits);
        var problems = new InputProblemLog(strict);
        foreach (var problem in input.Problems)
        {
            problems.Add(problem);
        }

        var unclaimedFiles = new List<string>();
        DateTimeOffset? first = null, last = null;
        var status = JourneyStatus.Completed;
        string? error = null;
        try
        {
            foreach (var request in input.ReadWith(new DecodeReading(firstId, problems, spillFolder, limits)))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    status = JourneyStatus.Interrupted;
                    error = "interrupted: the requests read until then were decoded";
                    break;
                }

                var trackerRequest = BoundedDecoding.Decode(request, catalogue, logger, bodies, limits);
                if (trackerRequest is not null)
                {
                    decoded.Add(requests.Count);
                }

                // A body kept is one a decoder read: not one it was not given (over the decoding limit).
                var claimed = trackerRequest is not null && !BoundedDecoding.TooLong(request, limits);
                if (request.BodyFile is not null && !claimed)
                {
                    // Searched with its batch, then dropped like any unclaimed body: the input file keeps it.
                    unclaimedFiles.Add(bodies!.PathOf(request));
                }

                if (findings.Add(request, trackerRequest))
                {
                    DeleteAll(unclaimedFiles);
                }

                requests.Add(Slim(request, claimed, firstParty));
                first = first is null || request.Time < first ? request.Time : first;
                last = last is null || request.Time > last ? request.Time : last;
            }
        }
        catch (HarFormatException exception)
        {
            status = JourneyStatus.Failed;
            error = exception.Message;
            logger.Error("{Message}; the {Count} requests before it are decoded", exception.Message, requests.Count);
            problems.Add(new InputProblem
            {
                File = exception.File,
                Line = exception.Position.Line,
                Column = exception.Position.Column,
                Field = exception.Field,
                Reason = (exception.BreaksFile || strict ? "reading stopped here: " : "") + exception.Reason,
            });
        }

        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A body that cannot be written to bodies/ (a full disk): what was read until then is kept.
            status = JourneyStatus.Failed;
            error = $"{input.SourcePath}: reading stopped: {exception.Message}";
            logger.Error("{Message}; the {Count} requests before it are decoded", error, requests.Count);
            problems.Add(new InputProblem { File = input.SourcePath, Reason = "reading stopped: " + exception.Message });
        }

        if (requests.Count == 0 && problems.Count == 0 && status == JourneyStatus.Completed)
        {
            problems.Add(new InputProblem { File = input.SourcePath, Reason = "there is nothing to decode: the input holds no requests" });
        }

        var allFindings = findings.All();
        DeleteAll(unclaimedFiles);
        DeleteIfEmpty(BodyFiles.SpillFolder(spillFolder));
        if (problems.Count > 0)
        {
            logger.Warning("{Source}: {Count} input problems: the entries they name were skipped", input.SourcePath, problems.Count);
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
            Findings = allFindings,
            InputProblems = problems.Count > 0 ? problems.Listed : null,
            InputProblemCount = problems.Count > 0 ? problems.Count : null,
        };
    }

    // No body was kept: no empty bodies/ in the run folder.
    private static void DeleteIfEmpty(string? folder)
    {
        if (folder is not null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    private static void DeleteAll(List<string> files)
    {
        files.ForEach(File.Delete);
        files.Clear();
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
        if (claimed)
        {
            return request;
        }

        if (request.BodyFile is not null)
        {
            return request with { BodyFile = null, BodySha256 = null };
        }

        if (request.BodyText is null && request.BodyBase64 is null)
        {
            return request;
        }

        var small = (request.BodyText?.Length ?? request.BodyBase64!.Length) <= KeptBodyChars;
        return small && Sites.IsThirdParty(request.Url, firstParty) ? request : request with { BodyText = null, BodyBase64 = null };
    }
}
