using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Pinterest;

/// <summary>
/// Decodes Pinterest Tag traffic (reference tracker-protocols-more.md section 1.10): <c>ct.pinterest.com/v3/</c>
/// events with their JSON event data, hashed personal data and automatic page data, <c>/user/</c> hits (meaning
/// Identify: they carry the hashed personal data), <c>/md/</c> page metadata, and the tag's library and iframe loads.
/// The corpus holds no Pinterest request; the tests are written from the reference.
/// </summary>
internal sealed class PinterestDecoder : ITrackerDecoder
{
    /// <summary>Who the Pinterest Tag is, for its events.</summary>
    internal static Tracker Identity { get; } = new("pinterest", "Pinterest Tag");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = [PinterestEndpoints.Host];

    public bool CanDecode(CapturedRequest request) => PinterestEndpoints.Classify(request.Url) != PinterestEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = PinterestEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                PinterestEndpoint.Event or PinterestEndpoint.User or PinterestEndpoint.Metadata => [PinterestBeacon.Decode(request, endpoint, warnings)],
                PinterestEndpoint.Config or PinterestEndpoint.Library => [Load(request, endpoint, warnings)],
                _ => [],
            };
            if (endpoint == PinterestEndpoint.None)
            {
                warnings.Add("not a Pinterest Tag URL");
            }

            return new DecodeResult(events, warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Pinterest Tag decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // core.js, token_create.js or the ct.html iframe: the tag is installed, whatever it sends later.
    private static TrackerEvent Load(CapturedRequest request, PinterestEndpoint endpoint, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new List<TrackerField>(parameters.Count);
        string? tid = null;
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = PinterestParameters.Describe(key);
            fields.Add(new(key, value, meaning, sensitivity));
            if (key == "tid")
            {
                tid ??= value;
            }
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint == PinterestEndpoint.Config ? TrackerEventKind.Config : TrackerEventKind.Library,
            AccountId = tid,
            Name = endpoint == PinterestEndpoint.Config ? "config loaded" : "library loaded",
            NameParameter = "path",
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
