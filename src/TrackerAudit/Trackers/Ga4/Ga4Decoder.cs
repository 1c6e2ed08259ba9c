using TrackerAudit.Capture;
using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Ga4;

/// <summary>
/// Decodes Google Analytics 4: <c>/g/collect</c> hits on Google's hosts or the site's own (server-side tagging),
/// one event per body line; their copies for Google Signals (<c>stats.g.doubleclick.net</c>) and remarketing
/// audiences (<c>ads/ga-audiences</c>) as Duplicates; and loads of the Google tag for a <c>G-</c> id.
/// </summary>
internal sealed class Ga4Decoder : ITrackerDecoder
{
    /// <summary>Who GA4 is, for its events.</summary>
    internal static Tracker Identity { get; } = new("ga4", "Google Analytics 4");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } =
    [
        "www.google-analytics.com", "region1.google-analytics.com", "analytics.google.com", "region1.analytics.google.com",
        "stats.g.doubleclick.net",
    ];

    public bool CanDecode(CapturedRequest request) => Ga4Endpoints.Classify(request.Url) != Ga4Endpoint.None;

    public IEnumerable<NormalizedForm> TypedValueForms(string value) => GoogleNormalizer.TypedValueForms(value);

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = Ga4Endpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                Ga4Endpoint.None => [],
                Ga4Endpoint.Library => [Library(request)],
                _ => Ga4Beacons.Decode(request, endpoint, warnings),
            };
            if (endpoint == Ga4Endpoint.None)
            {
                warnings.Add("not a GA4 URL");
            }

            return new DecodeResult(events, warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"GA4 decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    private static TrackerEvent Library(CapturedRequest request)
    {
        var warnings = new List<string>();
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var id = parameters.Find(pair => pair.Key == "id").Value;
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = TrackerEventKind.Library,
            AccountId = id,
            Name = "library loaded",
            NameParameter = "path",
            Fields = [new("id", id ?? "", "measurement id the Google tag was loaded for", FieldSensitivity.Low)],
            RawParameters = parameters,
            Warnings = warnings,
        };
    }
}
