using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>Decodes the requests of a run that known trackers sent. A failed decode never stops the audit.</summary>
internal static class TrackerDecoding
{
    public static IReadOnlyList<DecodedRequest> Decode(IReadOnlyList<CapturedRequest> requests, TrackerCatalogue catalogue, ILogger logger)
    {
        var decoded = new List<DecodedRequest>();
        foreach (var request in requests)
        {
            if (Decode(request, catalogue, logger) is { } one)
            {
                decoded.Add(one);
            }
        }

        return decoded;
    }

    /// <summary>The request decoded, its warnings logged; null when no known tracker sent it.</summary>
    public static DecodedRequest? Decode(CapturedRequest request, TrackerCatalogue catalogue, ILogger logger)
    {
        var decoder = catalogue.Find(request);
        if (decoder is null)
        {
            return null;
        }

        var result = catalogue.Decode(request)!;
        foreach (var warning in result.Warnings)
        {
            logger.Warning("Request {Id} to {Tracker}: {Warning}", request.Id, decoder.TrackerName, warning);
        }

        return new DecodedRequest(request.Id, decoder.TrackerId, decoder.TrackerName, result.Events, result.Warnings);
    }
}
