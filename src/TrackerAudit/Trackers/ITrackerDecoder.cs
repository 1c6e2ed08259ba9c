using TrackerAudit.Capture;

namespace TrackerAudit.Trackers;

/// <summary>Knows one tracker's wire format. Each decoder lives in its own folder and is registered once in <see cref="TrackerRegistry"/>.</summary>
public interface ITrackerDecoder
{
    /// <summary>Who the tracker is; every event the decoder returns carries it.</summary>
    Tracker Tracker { get; }

    /// <summary>The hosts that receive the tracker's data (not the ones serving its library): what sinkhole mode answers locally.</summary>
    IReadOnlyList<string> EndpointHosts { get; }

    /// <summary>Cheap check on the URL: is this request this tracker's?</summary>
    bool CanDecode(CapturedRequest request);

    /// <summary>Decodes a request this decoder accepted. Never throws: problems become warnings.</summary>
    DecodeResult Decode(CapturedRequest request);

    /// <summary>
    /// The tracker's own normalisations of a typed value, applied before it hashes user data (Meta's <c>ph</c>
    /// drops everything but digits, Google's phone keeps a leading <c>+</c>). The typed-value search also
    /// tries every form given here, raw and through its transforms and hashes. Most trackers add none.
    /// </summary>
    IEnumerable<NormalizedForm> TypedValueForms(string value) => [];
}
