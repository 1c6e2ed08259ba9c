using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// Searches large third-party bodies for sensitive words and typed values in batches, so that the bodies can
/// be dropped as the capture is read. The findings engine runs on each batch as a run of its own; merged by
/// finding key, earliest request first, the result is what it would have found in the whole run at once.
/// </summary>
internal sealed class BodySearch
{
    private const long BatchChars = 8 * 1024 * 1024;

    private readonly JourneyRun _template;
    private readonly List<CapturedRequest> _pending = [];
    private readonly List<Finding> _findings = [];
    private long _pendingChars;

    /// <param name="template">The run the requests belong to: its journey, start URL, steps, sensitive words and typed values.</param>
    public BodySearch(JourneyRun template) => _template = template;

    public void Add(CapturedRequest request)
    {
        _pending.Add(request);
        _pendingChars += request.BodyText?.Length ?? 0;
        if (_pendingChars >= BatchChars)
        {
            Flush();
        }
    }

    /// <summary>The findings of every batch, with the run's own findings, as <see cref="FindingsEngine.Analyse"/> orders them.</summary>
    public IReadOnlyList<Finding> MergeWith(IReadOnlyList<Finding> runFindings)
    {
        Flush();
        if (_findings.Count == 0)
        {
            return runFindings;
        }

        // Request ids grow in capture order, so the lowest id is the one the engine would have met first.
        return runFindings.Concat(_findings)
            .GroupBy(finding => finding.Key, StringComparer.Ordinal)
            .Select(group => group.MinBy(finding => finding.RequestId)!)
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Time)
            .ThenBy(finding => finding.RequestId)
            .ToList();
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _findings.AddRange(FindingsEngine.Analyse(_template with { Requests = [.. _pending], TrackerRequests = [] }));
        _pending.Clear();
        _pendingChars = 0;
    }
}
