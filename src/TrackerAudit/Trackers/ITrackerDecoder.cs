using TrackerAudit.Capture;

namespace TrackerAudit.Trackers;

/// <summary>Knows one tracker's wire format. Register each decoder once in <see cref="TrackerCatalogue"/>.</summary>
public interface ITrackerDecoder
{
    /// <summary>Stable tracker id, e.g. <c>meta-pixel</c>.</summary>
    string TrackerId { get; }

    /// <summary>Tracker name for people.</summary>
    string TrackerName { get; }

    /// <summary>The hosts that receive the tracker's data (not the ones serving its library): what sinkhole mode answers locally.</summary>
    IReadOnlyList<string> EndpointHosts { get; }

    /// <summary>Cheap check on the URL: is this request this tracker's?</summary>
    bool CanDecode(CapturedRequest request);

    /// <summary>Decodes a request this decoder accepted. Never throws: problems become warnings.</summary>
    DecodeResult Decode(CapturedRequest request);
}
