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
    private readonly List<CapturedRequest> _requests = [];
    private readonly List<DecodedRequest> _decoded = [];
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);
    private long _chars;

    /// <param name="template">The run the requests belong to: its journey, start URL, steps, sensitive words and typed values.</param>
    public BatchedFindings(JourneyRun template) => _template = template;

    /// <summary>Adds a request as read, body included, and its decoded form when a tracker decoder claimed it.</summary>
    public void Add(CapturedRequest request, DecodedRequest? decoded)
    {
        _requests.Add(request);
        if (decoded is not null)
        {
            _decoded.Add(decoded);
        }

        _chars += (request.BodyText?.Length ?? request.BodyBase64?.Length ?? 0) + request.Url.Length;
        if (_requests.Count >= BatchRequests || _chars >= BatchChars)
        {
            Flush();
        }
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

        foreach (var finding in FindingsEngine.Analyse(_template with { Requests = [.. _requests], TrackerRequests = [.. _decoded] }))
        {
            _findings.TryAdd(finding.Key, finding);
        }

        _requests.Clear();
        _decoded.Clear();
        _chars = 0;
    }
}
