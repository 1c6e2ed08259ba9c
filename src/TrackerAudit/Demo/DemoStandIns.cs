using TrackerAudit.Running;

namespace TrackerAudit.Demo;

/// <summary>
/// Answers Meta's hosts locally during the demo: the library URL gets our replica script and the
/// beacon endpoint a 1x1 GIF, so every beacon is captured exactly as sent and nothing leaves the machine.
/// </summary>
internal static class DemoStandIns
{
    public static IReadOnlyList<TrafficStandIn> Create() =>
    [
        new(DemoSite.TrackerScriptUrlPattern, "Meta Pixel library: the demo's replica script", "application/javascript; charset=utf-8", DemoSite.ReadTrackerScript),
        new(DemoSite.BeaconUrlPattern, "Meta's beacon endpoint: answered with a 1x1 GIF", "image/gif", DemoSite.ReadBeaconResponse),
    ];

    public const string TrafficNote = "answered locally by the demo's replica of Meta's endpoints (nothing left the machine)";
}
