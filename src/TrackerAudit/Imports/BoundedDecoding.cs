using System.Globalization;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// Decodes a tracker request of a decoded capture, giving the decoder a body only up to
/// <see cref="DecodeLimits.MaxDecodedBodyBytes"/>: a decoder holds the whole body and every value it finds in it,
/// so a hostile 50 MB beacon would cost gigabytes. A longer body stays in <c>bodies/</c>, untouched; the request
/// is decoded from its URL and headers, and says so in a warning.
/// </summary>
internal static class BoundedDecoding
{
    public static DecodedRequest? Decode(CapturedRequest request, TrackerCatalogue catalogue, ILogger logger, RequestBodies? bodies, DecodeLimits limits)
    {
        if (request.BodyFile is null || request.BodySize <= limits.MaxDecodedBodyBytes)
        {
            return TrackerDecoding.Decode(request, catalogue, logger, bodies);
        }

        var decoded = TrackerDecoding.Decode(request with { BodyFile = null, BodySha256 = null }, catalogue, logger, bodies);
        if (decoded is null)
        {
            return null;
        }

        var warning = string.Create(CultureInfo.InvariantCulture,
            $"the body ({request.BodySize:N0} bytes) is over the limit of {limits.MaxDecodedBodyBytes:N0} for decoding: only the URL and headers were decoded; the body is kept as {request.BodyFile}");
        return decoded with { Warnings = [.. decoded.Warnings, warning] };
    }
}
