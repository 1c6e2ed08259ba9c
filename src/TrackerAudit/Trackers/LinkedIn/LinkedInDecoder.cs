using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>
/// Decodes LinkedIn Insight Tag traffic (tracker-protocols-more.md, section 1.7): <c>/collect</c> page visits and
/// conversions, the <c>/wa/</c> JSON signals with their automatic click capture (JSON or base64 of gzip), the
/// <c>px4</c> mirror and the attribution trigger as duplicates, partner syncs, and loads of the library.
/// </summary>
internal sealed class LinkedInDecoder : ITrackerDecoder
{
    /// <summary>Who the LinkedIn Insight Tag is, for its events.</summary>
    internal static Tracker Identity { get; } = new("linkedin", "LinkedIn Insight Tag");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = [LinkedInEndpoints.Host, LinkedInEndpoints.MirrorHost];

    public bool CanDecode(CapturedRequest request) => LinkedInEndpoints.Classify(request.Url) != LinkedInEndpoint.None;

    // No TypedValueForms: hem is the SHA-256 of the lower-cased e-mail address (section 1.7), a form the typed-value
    // search already tries for every tracker.
    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = LinkedInEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            TrackerEvent? decoded = endpoint switch
            {
                LinkedInEndpoint.WebActivity => LinkedInWebActivity.Decode(request, warnings),
                LinkedInEndpoint.Collect or LinkedInEndpoint.AttributionTrigger or LinkedInEndpoint.PartnerSync => LinkedInHits.Decode(request, endpoint, warnings),
                LinkedInEndpoint.Library => Library(request, warnings),
                _ => null,
            };
            if (decoded is null)
            {
                warnings.Add("not a LinkedIn Insight Tag URL");
                return new DecodeResult([], warnings);
            }

            return new DecodeResult([decoded], warnings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"LinkedIn Insight Tag decoder failed: {exception.GetType().Name}: {exception.Message}");
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
