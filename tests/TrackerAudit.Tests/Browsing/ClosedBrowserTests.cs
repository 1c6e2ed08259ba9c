using Microsoft.Playwright;
using Serilog;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Model;
using TrackerAudit.Tests.Demo;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Browsing;

/// <summary>
/// A browser that goes away between two journeys (closed by an interruption, or crashed) ends the journey
/// that was about to start, with a reason; it never escapes as an exception that kills the process
/// (a SIGINT racing a worker's next journey once did, exit 134 instead of 130).
/// </summary>
public sealed class ClosedBrowserTests
{
    [TestCase(false, JourneyStatus.Failed)]
    [TestCase(true, JourneyStatus.Interrupted)]
    public async Task A_journey_started_on_a_closed_browser_ends_with_a_reason_instead_of_throwing(bool interrupted, JourneyStatus expected)
    {
        using var folder = new TempFolder();
        var options = AuditHarness.Options(folder, new Uri("http://127.0.0.1:9/"));
        Directory.CreateDirectory(options.RunFolder);
        using var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(DemoBrowser.LaunchOptions);
        await browser.CloseAsync();
        using var cancellation = new CancellationTokenSource();
        if (interrupted)
        {
            await cancellation.CancelAsync();
        }

        var logger = new LoggerConfiguration().CreateLogger();
        await using var writer = new CaptureWriter(Path.Combine(options.RunFolder, "capture.ndjson"), logger);
        long id = 0;
        var runner = new JourneyRunner(browser, options, writer, () => Interlocked.Increment(ref id), TimeProvider.System, logger);

        var run = await runner.RunAsync(AuditHarness.Journey("name: late\nstart: /\nsteps:\n  - wait: { time: 1ms }\n"), cancellation.Token);

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(expected));
            Assert.That(run.Error, Does.Contain("closed"));
            Assert.That(run.Requests, Is.Empty);
        });
    }
}
