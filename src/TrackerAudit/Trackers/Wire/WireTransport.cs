using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Wire;

/// <summary>How a request was sent, for trackers whose requests do not say it themselves.</summary>
internal static class WireTransport
{
    /// <summary><c>GET</c>, <c>sendBeacon</c>, <c>xhr</c>, <c>fetch</c> (from Playwright's resource type), else the method.</summary>
    public static string Of(CapturedRequest request) =>
        string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase) ? "GET"
        : request.ResourceType switch
        {
            "ping" => "sendBeacon",
            "xhr" => "xhr",
            "fetch" => "fetch",
            _ => request.Method,
        };
}
