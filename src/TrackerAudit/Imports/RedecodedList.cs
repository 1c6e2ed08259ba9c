using System.Collections;
using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// A decode run's tracker requests, kept as where their requests stand in the spilled requests (4 bytes each)
/// and decoded again whenever they are read. Decoding is deterministic and a claimed request keeps its body,
/// so each read gives what the first decode gave, its warnings aside, which were logged then; and decoding a
/// beacon again costs a fraction of reading its decoded form back from disk, which is ten times its size.
/// </summary>
internal sealed class RedecodedList : IReadOnlyList<DecodedRequest>
{
    private readonly IReadOnlyList<CapturedRequest> _requests;
    private readonly TrackerCatalogue _catalogue;
    private readonly RequestBodies? _bodies;
    private readonly DecodeLimits _limits;
    private readonly List<int> _positions = [];

    public RedecodedList(IReadOnlyList<CapturedRequest> requests, TrackerCatalogue catalogue, RequestBodies? bodies = null, DecodeLimits? limits = null)
    {
        _limits = limits ?? DecodeLimits.Default;
        _requests = requests;
        _catalogue = catalogue;
        _bodies = bodies;
    }

    public int Count => _positions.Count;

    public DecodedRequest this[int index] => Decode(_requests[_positions[index]]);

    /// <summary>Notes that the request at this position of the requests was a tracker's.</summary>
    public void Add(int requestPosition) => _positions.Add(requestPosition);

    public IEnumerator<DecodedRequest> GetEnumerator()
    {
        for (var i = 0; i < _positions.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private DecodedRequest Decode(CapturedRequest request) =>
        BoundedDecoding.Decode(request, _catalogue, Logger.None, _bodies, _limits)
        ?? throw new InvalidOperationException($"request {request.Id} was a tracker's when first decoded, and is no longer");
}
