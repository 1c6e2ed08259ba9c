using Microsoft.Playwright;
using Serilog;
using TrackerAudit.Browsers;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>Runs journeys through the real runner and Chromium, with Meta's hosts answered locally.</summary>
internal static class AuditHarness
{
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static Journey Journey(string yaml, string file = "fixture.yaml")
    {
        var result = JourneyLoader.Parse(file, yaml);
        Assert.That(result.Problems, Is.Empty, "fixture journey is valid");
        return result.Journeys.Single();
    }

    public static AuditOptions Options(TempFolder folder, Uri? baseUrl, string? browserPath = null) => new()
    {
        RunFolder = Path.Combine(folder.Path, "run"),
        RunId = "test-run",
        BrowserPath = browserPath ?? TestBrowser.Path,
        BaseUrl = baseUrl,
        StepTimeout = TimeSpan.FromSeconds(30),
        Screenshots = false,
        StandIns =
        [
            new TrafficStandIn("https://www.facebook.com/**", "test beacon endpoint", route =>
                route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/gif", BodyBytes = Gif })),
        ],
    };

    public static Task<AuditResult> RunAsync(IReadOnlyList<Journey> journeys, AuditOptions options, CancellationToken cancellationToken = default) =>
        new AuditRunner(new LoggerConfiguration().CreateLogger()).RunAsync(journeys, options, cancellationToken);

    public static AuditRunner RunnerWithoutBrowsers() =>
        new(new LoggerConfiguration().CreateLogger(), TimeProvider.System, new BrowserLocator(_ => null, _ => false, _ => []), TrackerRegistry.Catalogue());
}
