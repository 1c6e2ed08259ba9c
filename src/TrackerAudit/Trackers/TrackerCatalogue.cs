using TrackerAudit.Capture;

namespace TrackerAudit.Trackers;

/// <summary>The decoders a run uses: every registered one (<see cref="TrackerRegistry.Catalogue"/>) or a test's own.</summary>
internal sealed class TrackerCatalogue
{
    /// <summary>Creates a catalogue of the given decoders.</summary>
    public TrackerCatalogue(IReadOnlyList<ITrackerDecoder> decoders) => Decoders = decoders;

    /// <summary>The decoders, in order of registration.</summary>
    public IReadOnlyList<ITrackerDecoder> Decoders { get; }

    /// <summary>The decoder for this request, or null when no known tracker sent it.</summary>
    public ITrackerDecoder? Find(CapturedRequest request)
    {
        foreach (var decoder in Decoders)
        {
            if (decoder.CanDecode(request))
            {
                return decoder;
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes a request with the decoder <see cref="Find"/> chose for it, matched once. Never throws: a
    /// decoder that fails leaves the request undecoded with the reason as a warning.
    /// </summary>
    public static DecodeResult Decode(ITrackerDecoder decoder, CapturedRequest request)
    {
        try
        {
            return decoder.Decode(request);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return DecodeResult.Undecoded($"{decoder.Tracker.Name} decoder failed: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
