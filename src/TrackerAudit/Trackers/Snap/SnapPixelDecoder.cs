using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Decodes Snap Pixel traffic (reference tracker-protocols-more.md section 1.9): <c>tr.snapchat.com/p</c> events
/// as a GET query, a form POST or a JSON batch; cookie matching and partner syncs on <c>/cm/…</c> (kind
/// Duplicate, see <see cref="SnapSyncs"/>); the pixel's configuration and library loads.
/// </summary>
internal sealed class SnapPixelDecoder : ITrackerDecoder
{
    /// <summary>Who the Snap Pixel is, for its events.</summary>
    internal static Tracker Identity { get; } = new("snap", "Snap Pixel");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["tr.snapchat.com", "tr6.snapchat.com"];

    public bool CanDecode(CapturedRequest request) => SnapEndpoints.Classify(request.Url) != SnapEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = SnapEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            List<TrackerEvent> events = endpoint switch
            {
                SnapEndpoint.Event => SnapBeacons.Decode(request, warnings),
                SnapEndpoint.CookieMatch or SnapEndpoint.PartnerSync => [SnapSyncs.Decode(request, endpoint, warnings)],
                SnapEndpoint.Config or SnapEndpoint.Library => [Load(request, endpoint, warnings)],
                _ => [],
            };
            if (endpoint == SnapEndpoint.None)
            {
                warnings.Add("not a Snap Pixel URL");
            }

            return new DecodeResult(events, warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Snap Pixel decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // The library or a pixel's settings were fetched: the pixel is installed, whatever it sends later.
    private static TrackerEvent Load(CapturedRequest request, SnapEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var parts = new SnapEventParts(parameters.Count + 1, warnings);
        foreach (var (key, value) in parameters)
        {
            parts.Add(key, key, value);
        }

        var isConfigFile = endpoint == SnapEndpoint.Config && UrlParts.Path(request.Url).StartsWith("/config/", StringComparison.Ordinal);
        var trackerEvent = parts.ToEvent(
            request,
            endpoint == SnapEndpoint.Config ? TrackerEventKind.Config : TrackerEventKind.Library,
            endpoint == SnapEndpoint.Config ? "config loaded" : "library loaded",
            "path",
            "GET");
        if (!isConfigFile)
        {
            return trackerEvent;
        }

        // /config/<tld>/<pid>.json names the pixel whose settings were loaded.
        var pixelId = SnapEndpoints.LastSegmentWithoutExtension(request.Url);
        return trackerEvent with
        {
            AccountId = trackerEvent.AccountId ?? pixelId,
            Fields = [new("path:pid", pixelId, "pixel id whose configuration was loaded", FieldSensitivity.Low), .. trackerEvent.Fields],
        };
    }
}
