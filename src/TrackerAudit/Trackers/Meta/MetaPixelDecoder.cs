using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Decodes Meta Pixel traffic: event beacons (<c>facebook.com/tr</c>, any transport, batches), their
/// Privacy Sandbox copies (kind Duplicate, so they are not counted twice; Topics registrations too, since
/// they repeat a visit already reported), and loads of the library, its plugins and a pixel's configuration.
/// </summary>
internal sealed class MetaPixelDecoder : ITrackerDecoder
{
    /// <summary>Who the Meta Pixel is, for its events.</summary>
    internal static Tracker Identity { get; } = new("meta-pixel", "Meta Pixel");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["www.facebook.com", "facebook.com", "www.instagram.com", "instagram.com"];

    public bool CanDecode(CapturedRequest request) => MetaEndpoints.Classify(request.Url) != MetaEndpoint.None;

    public IEnumerable<NormalizedForm> TypedValueForms(string value) => MetaNormalizer.TypedValueForms(value);

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = MetaEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            var events = endpoint switch
            {
                MetaEndpoint.None => [],
                MetaEndpoint.Library or MetaEndpoint.Plugin or MetaEndpoint.Config => [Load(request, endpoint, warnings)],
                _ => MetaBeacons.Decode(request, endpoint, warnings),
            };
            if (endpoint == MetaEndpoint.None)
            {
                warnings.Add("not a Meta Pixel URL");
            }

            return new DecodeResult(events, warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Meta Pixel decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // The library, a plugin or a pixel's configuration was fetched: the pixel is installed, whatever it sends later.
    // Only the request is captured, so the configuration itself is not read; its pixel id and version are.
    private static TrackerEvent Load(CapturedRequest request, MetaEndpoint endpoint, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new MetaFields(parameters.Count + 1, warnings);
        string? accountId = null;
        string name;
        switch (endpoint)
        {
            case MetaEndpoint.Config:
                accountId = MetaEndpoints.LastSegment(request.Url);
                name = "config loaded";
                fields.Fields.Add(new("path:id", accountId, "pixel id whose configuration was loaded", FieldSensitivity.Low));
                break;
            case MetaEndpoint.Plugin:
                name = "plugin loaded";
                fields.Fields.Add(new("path:plugin", MetaEndpoints.LastSegment(request.Url), "library plugin that was loaded", FieldSensitivity.None));
                break;
            default:
                name = "library loaded";
                fields.Fields.Add(new("path:locale", MetaEndpoints.FirstSegment(request.Url), "language of the library", FieldSensitivity.Low));
                break;
        }

        string? version = null;
        foreach (var (key, value) in parameters)
        {
            fields.Add(key, value);
            if (key == "v")
            {
                version ??= value;
            }
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint == MetaEndpoint.Config ? TrackerEventKind.Config : TrackerEventKind.Library,
            AccountId = accountId,
            Name = name,
            LibraryVersion = version,
            Fields = fields.Fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
