using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.HubSpot;

/// <summary>
/// Decodes HubSpot traffic (reference tracker-protocols-more.md section 1.12): the tracking code's page views,
/// behavioural events and clicks on <c>track(-&lt;region&gt;).hubspot.com</c>, the cleartext <c>identify</c> payload
/// they may carry, Collected Forms submissions (every field the visitor typed) and the loads of its scripts and settings.
/// </summary>
internal sealed class HubSpotDecoder : ITrackerDecoder
{
    /// <summary>Who HubSpot is, for its events.</summary>
    internal static Tracker Identity { get; } = new("hubspot", "HubSpot");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } =
    [
        "track.hubspot.com", "track-eu1.hubspot.com", "forms.hscollectedforms.net", "forms-eu1.hscollectedforms.net", "forms.hubspot.com",
    ];

    public bool CanDecode(CapturedRequest request) => HubSpotEndpoints.Classify(request.Url) != HubSpotEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = HubSpotEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                HubSpotEndpoint.PageView or HubSpotEndpoint.BehaviouralEvent or HubSpotEndpoint.Click => HubSpotBeacons.Decode(request, endpoint, warnings),
                HubSpotEndpoint.CollectedForm => [HubSpotCollectedForms.Decode(request, warnings)],
                HubSpotEndpoint.Config or HubSpotEndpoint.Library => [Load(request, endpoint, warnings)],
                _ => [],
            };
            if (endpoint == HubSpotEndpoint.None)
            {
                warnings.Add("not a HubSpot URL");
            }

            return new DecodeResult(events, warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"HubSpot decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // A script or the Collected Forms settings were fetched: HubSpot is installed, whatever it sends later.
    private static TrackerEvent Load(CapturedRequest request, HubSpotEndpoint endpoint, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new List<TrackerField>(parameters.Count);
        string? portal = endpoint == HubSpotEndpoint.Library ? HubSpotEndpoints.LoaderHubId(request.Url) : null;
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = HubSpotParameters.Describe(key);
            fields.Add(new(key, value, meaning, sensitivity, HubSpotParameters.CookieOf(key)));
            if (key == "portalId")
            {
                portal ??= value;
            }
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint == HubSpotEndpoint.Config ? TrackerEventKind.Config : TrackerEventKind.Library,
            AccountId = string.IsNullOrEmpty(portal) ? null : portal,
            Name = endpoint == HubSpotEndpoint.Config ? "config loaded" : "library loaded",
            NameParameter = "path",
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
