using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// Makes a decode run's findings as its requests pass, so that neither they nor their bodies need to stay in
/// memory: the findings engine runs on each batch as a run of its own, and a finding met again in a later batch
/// is the same finding (same key) from a later request, so the first is kept. Requests come in id order, so the
/// result is exactly what <see cref="FindingsEngine.Analyse"/> finds in the whole run at once, in its order.
/// Memory holds one batch and one finding per key.
/// </summary>
internal sealed class BatchedFindings
{
    private const int BatchRequests = 1024;
    private const long BatchChars = 8 * 1024 * 1024;

    private readonly JourneyRun _template;
    private readonly RequestBodies? _bodies;
    private readonly List<CapturedRequest> _requests = [];
    private readonly List<DecodedRequest> _decoded = [];
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);
    private long _chars;

    /// <param name="template">The run the requests belong to: its journey, start URL, steps, sensitive words and typed values.</param>
    /// <param name="bodies">Loads the bodies stored in files, one request at a time; by default every body is inline.</param>
    public BatchedFindings(JourneyRun template, RequestBodies? bodies = null)
    {
        _template = template;
        _bodies = bodies;
    }

    /// <summary>
    /// Adds a request as read, body included, and its decoded form when a tracker decoder claimed it. True when
    /// the batch was searched: the bodies of the requests added until now are no longer needed.
    /// </summary>
    public bool Add(CapturedRequest request, DecodedRequest? decoded)
    {
        _requests.Add(request);
        if (decoded is not null)
        {
            _decoded.Add(decoded);
        }

        // A body in a file counts too: it waits on disk until its batch is searched.
        _chars += (request.BodyText?.Length ?? request.BodyBase64?.Length ?? (request.BodyFile is null ? 0 : request.BodySize)) + request.Url.Length;
        if (_requests.Count >= BatchRequests || _chars >= BatchChars)
        {
            Flush();
            return true;
        }

        return false;
    }

    /// <summary>Every finding, most severe first, then in time order.</summary>
    public IReadOnlyList<Finding> All()
    {
        Flush();
        return _findings.Values
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Time)
            .ThenBy(finding => finding.RequestId)
            .ToList();
    }

    private void Flush()
    {
        if (_requests.Count == 0)
        {
            return;
        }

        foreach (var finding in FindingsEngine.Analyse(_template with { Requests = [.. _requests], TrackerRequests = [.. _decoded] }, _bodies))
        {
            _findings.TryAdd(finding.Key, finding);
        }

        _requests.Clear();
        _decoded.Clear();
        _chars = 0;
    }
}
