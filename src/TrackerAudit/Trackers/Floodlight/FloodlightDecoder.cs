using TrackerAudit.Capture;
using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Floodlight;

/// <summary>
/// Decodes Floodlight (Campaign Manager 360 / Display &amp; Video 360): activities whose parameters are
/// <c>;</c>-separated matrix parameters in the path (<c>/activityi;src=…;type=…;cat=…;~oref=…</c>), their
/// Attribution Reporting and Protected Audience copies as Duplicates, and loads of a Google tag for a <c>DC-</c> id.
/// </summary>
internal sealed class FloodlightDecoder : ITrackerDecoder
{
    /// <summary>Who Floodlight is, for its events.</summary>
    internal static Tracker Identity { get; } = new("floodlight", "Google Floodlight (Campaign Manager 360)");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["*.fls.doubleclick.net", "ad.doubleclick.net", "td.doubleclick.net"];

    public bool CanDecode(CapturedRequest request) => FloodlightEndpoints.Classify(request.Url) != FloodlightEndpoint.None;

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = FloodlightEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            if (endpoint == FloodlightEndpoint.None)
            {
                return DecodeResult.Undecoded("not a Floodlight URL");
            }

            var trackerEvent = Build(request, endpoint, warnings);
            return new DecodeResult([trackerEvent], warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Floodlight decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    private static TrackerEvent Build(CapturedRequest request, FloodlightEndpoint endpoint, List<string> warnings)
    {
        var parameters = new List<KeyValuePair<string, string>>(GoogleQuery.Capacity(MatrixParameters.OfPath(request.Url), ';') + GoogleQuery.Capacity(UrlParts.Query(request.Url), '&'));
        MatrixParameters.Read(MatrixParameters.OfPath(request.Url), parameters, warnings, "path");
        UrlEncodedReader.Read(UrlParts.Query(request.Url), parameters, warnings, "query");
        var cookies = GoogleCookies.Fields(request);
        string? src = null, type = null, cat = null, oref = null, cost = null, qty = null, id = null;
        var fields = new GoogleFields(parameters.Count + cookies.Count + 4, warnings);
        foreach (var (key, value) in parameters)
        {
            fields.Add(key, value, FloodlightParameters.Describe(key));
            switch (key)
            {
                case "src": src ??= value; break;
                case "type": type ??= value; break;
                case "cat": cat ??= value; break;
                case "~oref": oref ??= value; break;
                case "cost": cost ??= value; break;
                case "qty": qty ??= value; break;
                case "id": id ??= value; break;
            }
        }

        fields.AddRange(cookies);
        if (endpoint == FloodlightEndpoint.Library)
        {
            return new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = TrackerEventKind.Library,
                AccountId = id,
                Name = "library loaded",
                NameParameter = "path",
                Fields = fields.Fields,
                RawParameters = parameters,
                Warnings = [.. warnings],
            };
        }

        if (string.IsNullOrEmpty(src))
        {
            warnings.Add("src missing: the Floodlight advertiser is unknown");
        }

        if (string.IsNullOrEmpty(cat))
        {
            warnings.Add("cat missing: the activity is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint == FloodlightEndpoint.Activity ? TrackerEventKind.Beacon : TrackerEventKind.Duplicate,

            // Shown as the Google tag id of the advertiser (DC-<src>), as AW- and G- ids are.
            AccountId = string.IsNullOrEmpty(src) ? null : "DC-" + src,
            Name = $"{type}/{cat}",
            NameParameter = "type/cat",

            // A sales activity carries revenue or quantity; a counter activity reports the page it fires on.
            Meaning = cost is not null || qty is not null ? EventMeaning.Conversion : EventMeaning.PageView,
            Transport = request.ResourceType switch { "document" or "iframe" => "iframe", "image" => "GET", _ => request.Method },
            PageUrl = oref,
            Fields = fields.Fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }
}
