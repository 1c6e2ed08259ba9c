using TrackerAudit.Running;

namespace TrackerAudit.Demo;

/// <summary>
/// Answers the demo trackers' hosts locally: each library URL gets our replica script and each beacon
/// endpoint what the tracker answers (Meta a 1x1 GIF, GA4 204 No Content, TikTok a JSON acknowledgement),
/// so every beacon is captured exactly as sent and nothing leaves the machine. Later stand-ins win in
/// Playwright, so a library on a beacon host comes after its host.
/// </summary>
internal static class DemoStandIns
{
    public static IReadOnlyList<TrafficStandIn> Create() =>
    [
        new(DemoSite.TrackerScriptUrlPattern, "Meta Pixel library: the demo's replica script", "application/javascript; charset=utf-8", DemoSite.ReadTrackerScript),
        new(DemoSite.BeaconUrlPattern, "Meta's beacon endpoint: answered with a 1x1 GIF", "image/gif", DemoSite.ReadBeaconResponse),
        new(DemoSite.GoogleTagScriptUrlPattern, "Google tag library: the demo's replica script", "application/javascript; charset=utf-8", DemoSite.ReadGoogleTagScript),
        new(DemoSite.Ga4CollectUrlPattern, "GA4's collection endpoint: answered with 204 No Content", "text/plain", () => [], Status: 204),
        new(DemoSite.TikTokUrlPattern, "TikTok's pixel endpoints: answered with TikTok's JSON acknowledgement", "application/json", DemoSite.ReadTikTokResponse),
        new(DemoSite.TikTokScriptUrlPattern, "TikTok Pixel library: the demo's replica script", "application/javascript; charset=utf-8", DemoSite.ReadTikTokScript),
    ];

    public const string TrafficNote = "answered locally by the demo's replicas of Meta's, Google's and TikTok's endpoints (nothing left the machine)";
}
