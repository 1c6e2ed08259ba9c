using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Meta;

/// <summary>Decodes Meta Pixel traffic. Placeholder until the decoder lands.</summary>
internal sealed class MetaPixelDecoder : ITrackerDecoder
{
    public string TrackerId => "meta-pixel";

    public string TrackerName => "Meta Pixel";

    public bool CanDecode(CapturedRequest request) => false;

    public DecodeResult Decode(CapturedRequest request) => DecodeResult.Undecoded("not implemented");
}
