using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Decodes <c>/p</c> event beacons in their three shapes (reference section 1.9): a GET query, the 2021 form POST
/// (<c>v=1.5</c>) and the JSON batch <c>{ctx, req:[…]}</c> sent as <c>text/plain</c>.
/// </summary>
internal static class SnapBeacons
{
    public static List<TrackerEvent> Decode(CapturedRequest request, List<string> warnings)
    {
        var cookies = SnapCookies.Fields(request);
        var body = WireParameters.BodyText(request, warnings);
        if (body is not null && JsonFlattener.LooksLikeJson(body))
        {
            return SnapBatch.Decode(request, body, cookies, warnings);
        }

        var parameters = WireParameters.Read(request, warnings, out var bodyFormat);
        if (request.Method == "POST" && bodyFormat == WireBodyFormat.None)
        {
            warnings.Add("body: POST without a body; only the query was read");
        }

        var parts = new SnapEventParts(parameters.Count + cookies.Count, warnings);
        foreach (var (key, value) in parameters)
        {
            parts.Add(key, key, value);
        }

        parts.AddFields(cookies);
        return [parts.ToEvent(request, TrackerEventKind.Beacon, null, null, Transport(request, bodyFormat))];
    }

    // How the pixel sent it: an image (GET), a form post, or a script's sendBeacon / fetch / XHR.
    public static string Transport(CapturedRequest request, WireBodyFormat bodyFormat)
    {
        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return "GET";
        }

        return request.ResourceType switch
        {
            "ping" => "SB",
            "xhr" => "xhr",
            "fetch" => "fetch",
            _ => bodyFormat == WireBodyFormat.UrlEncoded ? "formPOST" : request.Method,
        };
    }
}
