using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>Decodes the requests of a run that known trackers sent. A failed decode never stops the audit.</summary>
internal static class TrackerDecoding
{
    /// <param name="requests">The run's requests.</param>
    /// <param name="catalogue">The decoders.</param>
    /// <param name="logger">Receives the decoders' warnings.</param>
    /// <param name="bodies">Loads the bodies stored in files, one request at a time; by default every body is inline.</param>
    public static IReadOnlyList<DecodedRequest> Decode(IReadOnlyList<CapturedRequest> requests, TrackerCatalogue catalogue, ILogger logger, RequestBodies? bodies = null)
    {
        var decoded = new List<DecodedRequest>();
        foreach (var request in requests)
        {
            if (Decode(request, catalogue, logger, bodies) is { } one)
            {
                decoded.Add(one);
            }
        }

        return decoded;
    }

    /// <summary>The request decoded, its warnings logged; null when no known tracker sent it.</summary>
    public static DecodedRequest? Decode(CapturedRequest request, TrackerCatalogue catalogue, ILogger logger, RequestBodies? bodies = null)
    {
        var decoder = catalogue.Find(request);
        if (decoder is null)
        {
            return null;
        }

        DecodeResult result;
        try
        {
            result = TrackerCatalogue.Decode(decoder, (bodies ?? RequestBodies.InMemory).Load(request));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            result = DecodeResult.Undecoded($"the body in {request.BodyFile} could not be read: {exception.Message}");
        }

        foreach (var warning in result.Warnings)
        {
            logger.Warning("Request {Id} to {Tracker}: {Warning}", request.Id, decoder.Tracker.Name, warning);
        }

        return new DecodedRequest(request.Id, decoder.Tracker, result.Events, result.Warnings);
    }
}
