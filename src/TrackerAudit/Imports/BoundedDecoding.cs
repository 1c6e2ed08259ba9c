using System.Globalization;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Imports;

/// <summary>
/// Decodes a tracker request of a decoded capture, giving the decoder a body only up to
/// <see cref="DecodeLimits.MaxDecodedBodyBytes"/>: a decoder holds the whole body and every value it finds in it,
/// so a hostile 50 MB beacon would cost gigabytes. The request is decoded from its URL and headers, and says so
/// in a warning; its body is then not kept (<see cref="DecodeRun"/> drops it, as an unclaimed one: the input file
/// holds it), so that no report reads it back whole either.
/// </summary>
internal static class BoundedDecoding
{
    /// <summary>Whether the body is too long to decode: in a file (streamed as it was read), or already dropped for that reason.</summary>
    public static bool TooLong(CapturedRequest request, DecodeLimits limits) =>
        request.BodySize > limits.MaxDecodedBodyBytes && request.BodyText is null && request.BodyBase64 is null;

    public static DecodedRequest? Decode(CapturedRequest request, TrackerCatalogue catalogue, ILogger logger, RequestBodies? bodies, DecodeLimits limits)
    {
        if (!TooLong(request, limits))
        {
            return TrackerDecoding.Decode(request, catalogue, logger, bodies);
        }

        var decoded = TrackerDecoding.Decode(request with { BodyFile = null, BodySha256 = null }, catalogue, logger, bodies);
        if (decoded is null)
        {
            return null;
        }

        var warning = string.Create(CultureInfo.InvariantCulture,
            $"the body ({request.BodySize:N0} bytes) is over the limit of {limits.MaxDecodedBodyBytes:N0} for decoding: only the URL and headers were decoded, and the body is not kept (the input file holds it)");
        return decoded with { Warnings = [.. decoded.Warnings, warning] };
    }
}
