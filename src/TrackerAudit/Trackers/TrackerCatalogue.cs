using TrackerAudit.Capture;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Trackers;

/// <summary>Every tracker TrackerAudit can decode. Adding a tracker adds one line here.</summary>
public sealed class TrackerCatalogue
{
    private readonly IReadOnlyList<ITrackerDecoder> _decoders;

    /// <summary>Creates a catalogue of the given decoders.</summary>
    public TrackerCatalogue(IReadOnlyList<ITrackerDecoder> decoders) => _decoders = decoders;

    /// <summary>The catalogue of every built-in decoder.</summary>
    public static TrackerCatalogue Default { get; } = new([
        new MetaPixelDecoder(),
    ]);

    /// <summary>The decoders, in order of registration.</summary>
    public IReadOnlyList<ITrackerDecoder> Decoders => _decoders;

    /// <summary>The decoder for this request, or null when no known tracker sent it.</summary>
    public ITrackerDecoder? Find(CapturedRequest request)
    {
        foreach (var decoder in _decoders)
        {
            if (decoder.CanDecode(request))
            {
                return decoder;
            }
        }

        return null;
    }

    /// <summary>Decodes a request with its tracker's decoder; null when no known tracker sent it. Never throws.</summary>
    public DecodeResult? Decode(CapturedRequest request)
    {
        var decoder = Find(request);
        if (decoder is null)
        {
            return null;
        }

        try
        {
            return decoder.Decode(request);
        }
        catch (Exception exception)
        {
            return DecodeResult.Undecoded($"{decoder.TrackerName} decoder failed: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
