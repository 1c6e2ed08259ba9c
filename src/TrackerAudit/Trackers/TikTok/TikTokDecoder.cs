using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.TikTok;

/// <summary>
/// Decodes TikTok Pixel traffic (tracker-protocols-more.md, section 1.6): events (<c>/api/v2/pixel</c>), the
/// automatic actions of <c>/api/v2/pixel/act</c> (clicks with the clicked element's text, the page's metadata),
/// in any of their shapes (JSON sent as text, base64 JSON in <c>analytics_message</c>, base64 of gzip), and loads
/// of the library.
/// </summary>
internal sealed class TikTokDecoder : ITrackerDecoder
{
    /// <summary>Who the TikTok Pixel is, for its events.</summary>
    internal static Tracker Identity { get; } = new("tiktok", "TikTok Pixel");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = [TikTokEndpoints.Host];

    public bool CanDecode(CapturedRequest request) => TikTokEndpoints.Classify(request.Url) != TikTokEndpoint.None;

    // No TypedValueForms: section 1.6 says TikTok's user fields are "normally SHA-256 hex" but documents no
    // normalisation of its own before hashing; the trimmed lower-case forms every tracker gets cover e-mail addresses.
    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = TikTokEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            TrackerEvent? decoded = endpoint switch
            {
                TikTokEndpoint.Event or TikTokEndpoint.Action => TikTokBeacons.Decode(request, endpoint, warnings),
                TikTokEndpoint.Library => Library(request, warnings),
                _ => null,
            };
            if (decoded is null)
            {
                warnings.Add("not a TikTok Pixel URL");
                return new DecodeResult([], warnings);
            }

            return new DecodeResult([decoded], warnings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"TikTok Pixel decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    // The library was fetched for a pixel code: the pixel is installed, whatever it sends later.
    private static TrackerEvent Library(CapturedRequest request, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var fields = new List<TrackerField>(parameters.Count);
        string? code = null;
        foreach (var (key, value) in parameters)
        {
            switch (key)
            {
                case "sdkid":
                    code ??= value;
                    fields.Add(new(key, value, "pixel code the library was loaded for", FieldSensitivity.Low));
                    break;
                case "lib":
                    fields.Add(new(key, value, "name of the library's global object", FieldSensitivity.None));
                    break;
                default:
                    fields.Add(new(key, value, null, FieldSensitivity.Unknown));
                    break;
            }
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = TrackerEventKind.Library,
            AccountId = string.IsNullOrEmpty(code) ? null : code,
            Name = "library loaded",
            NameParameter = "path",
            Transport = WireTransport.Of(request),
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
