using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Uet;

/// <summary>
/// Decodes Microsoft UET (Bing Ads) traffic (reference tracker-protocols-more.md section 1.11): <c>bat.bing.com/action/0</c>
/// image hits and <c>/actionp/0</c> sendBeacon hits, with the page, the UET session and visitor ids tied to their
/// first-party cookies, hashed enhanced-conversion data and the consent signal in words; library and tag configuration loads.
/// </summary>
internal sealed class UetDecoder : ITrackerDecoder
{
    /// <summary>Who Microsoft UET is, for its events.</summary>
    internal static Tracker Identity { get; } = new("microsoft-uet", "Microsoft UET");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = [UetEndpoints.Host];

    public bool CanDecode(CapturedRequest request) => UetEndpoints.Classify(request.Url) != UetEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = UetEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                UetEndpoint.Action or UetEndpoint.ActionPost => [UetBeacon.Decode(request, endpoint, warnings)],
                UetEndpoint.Library or UetEndpoint.Config => [Load(request, endpoint, warnings)],
                _ => [],
            };
            if (endpoint == UetEndpoint.None)
            {
                warnings.Add("not a Microsoft UET URL");
            }

            return new DecodeResult(events, warnings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Microsoft UET decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // bat.js, or /p/action/<ti>.js: the tag is installed, whatever it sends later.
    private static TrackerEvent Load(CapturedRequest request, UetEndpoint endpoint, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new List<TrackerField>(parameters.Count + 1);
        string? tagId = null;
        if (endpoint == UetEndpoint.Config)
        {
            tagId = UetEndpoints.ConfigTagId(request.Url);
            fields.Add(new("path:ti", tagId, "UET tag id whose configuration was loaded", FieldSensitivity.Low));
        }

        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = UetParameters.Describe(key, value);
            fields.Add(new(key, value, meaning, sensitivity));
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint == UetEndpoint.Config ? TrackerEventKind.Config : TrackerEventKind.Library,
            AccountId = tagId,
            Name = endpoint == UetEndpoint.Config ? "config loaded" : "library loaded",
            NameParameter = "path",
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
