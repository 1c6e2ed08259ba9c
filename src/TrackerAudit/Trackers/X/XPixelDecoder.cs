using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.X;

/// <summary>
/// Decodes X (Twitter) pixel traffic (tracker-protocols-more.md, section 1.8): the website tag's hits to
/// <c>analytics.twitter.com/i/adsct</c> and their twins on <c>t.co</c> (kind Duplicate, so a hit is not counted
/// twice), the <c>events</c> JSON in a query value, and loads of the library.
/// </summary>
internal sealed class XPixelDecoder : ITrackerDecoder
{
    /// <summary>Who the X pixel is, for its events.</summary>
    internal static Tracker Identity { get; } = new("x", "X (Twitter) Pixel");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = [XEndpoints.BeaconHost, XEndpoints.TwinHost];

    public bool CanDecode(CapturedRequest request) => XEndpoints.Classify(request.Url) != XEndpoint.None;

    // No TypedValueForms: section 1.8 documents no normalisation for the rare email/phone_number parameters.
    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = XEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                XEndpoint.Beacon or XEndpoint.Twin => XBeacons.Decode(request, endpoint, warnings),
                XEndpoint.Library => [Library(request, warnings)],
                _ => [],
            };
            if (endpoint == XEndpoint.None)
            {
                warnings.Add("not an X pixel URL");
            }

            return new DecodeResult(events, warnings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"X pixel decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    private static TrackerEvent Library(CapturedRequest request, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new List<TrackerField>(parameters.Count + 1)
        {
            new("path:file", UrlParts.Path(request.Url).ToString(), "library file that was loaded", FieldSensitivity.None),
        };
        foreach (var (key, value) in parameters)
        {
            fields.Add(new(key, value, null, FieldSensitivity.Unknown));
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = TrackerEventKind.Library,
            Name = "library loaded",
            NameParameter = "path",
            Transport = WireTransport.Of(request),
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
