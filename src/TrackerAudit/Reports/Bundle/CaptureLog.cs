using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// What a run's <c>capture.ndjson</c> holds, read back: requests with their outcomes applied, step events and
/// journey starts, by journey in the order they first appear. A line that cannot be read (the last one, cut off by
/// <c>kill -9</c>, typically) is counted and skipped: the lines around it are still good.
/// </summary>
internal sealed class CaptureLog
{
    private readonly Dictionary<string, List<CapturedRequest>> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StepLine>> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JourneyLine> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, OutcomeLine> _outcomes = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Journey names in the order the log first mentions them.</summary>
    public List<string> Journeys { get; } = [];

    /// <summary>How many lines were read.</summary>
    public long Lines { get; private set; }

    /// <summary>Line numbers (from 1) that could not be read.</summary>
    public List<long> Unreadable { get; } = [];

    public static CaptureLog Read(string path)
    {
        var log = new CaptureLog();
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        while (reader.ReadLine() is { } line)
        {
            log.Lines++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                log.Add(JsonSerializer.Deserialize<CaptureLine>(line, JsonDefaults.Compact));
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException or FormatException)
            {
                log.Unreadable.Add(log.Lines);
            }
        }

        return log;
    }

    /// <summary>The journey's requests in the order they were made, each with its outcome (status, failure, disposition).</summary>
    public List<CapturedRequest> Requests(string journey) =>
        _requests.TryGetValue(journey, out var requests)
            ? requests.Select(request => _outcomes.TryGetValue(request.Id, out var outcome)
                ? request with { Status = outcome.Status ?? request.Status, Failure = outcome.Failure ?? request.Failure, Disposition = outcome.Disposition }
                : request).ToList()
            : [];

    public IReadOnlyList<StepLine> Steps(string journey) => _steps.TryGetValue(journey, out var steps) ? steps : [];

    public JourneyLine? Start(string journey) => _starts.GetValueOrDefault(journey);

    private void Add(CaptureLine? line)
    {
        switch (line)
        {
            case RequestLine { Request: { } request }:
                ListOf(_requests, request.Journey).Add(request);
                break;
            case OutcomeLine outcome:
                _outcomes[outcome.Id] = outcome;
                break;
            case StepLine step:
                ListOf(_steps, step.Journey).Add(step);
                break;
            case JourneyLine start:
                Mention(start.Journey);
                _starts[start.Journey] = start;
                break;
            default:
                throw new JsonException("not a capture line");
        }
    }

    private List<T> ListOf<T>(Dictionary<string, List<T>> lists, string journey)
    {
        Mention(journey);
        if (!lists.TryGetValue(journey, out var list))
        {
            list = [];
            lists[journey] = list;
        }

        return list;
    }

    private void Mention(string journey)
    {
        if (_seen.Add(journey))
        {
            Journeys.Add(journey);
        }
    }
}
