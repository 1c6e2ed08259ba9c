using System.CommandLine;
using System.Globalization;

namespace TrackerAudit.Cli.Commands;

/// <summary>The options every auditing command shares (run, demo).</summary>
internal sealed class AuditCommandOptions
{
    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "Folder that receives the run folder <output>/<run-id>/",
        DefaultValueFactory = _ => "reports",
    };

    public Option<bool> Headed { get; } = new("--headed") { Description = "Show the browser window (headless by default)" };

    public Option<string?> Browser { get; } = new("--browser")
    {
        Description = "Chromium or Chrome executable; otherwise $TRACKERAUDIT_BROWSER, Playwright's Chromium, then a system browser",
    };

    public Option<double> StepTimeout { get; } = new("--step-timeout")
    {
        Description = "Seconds one step may take, unless the step sets its own timeout",
        DefaultValueFactory = _ => 30,
    };

    public Option<bool> NoScreenshots { get; } = new("--no-screenshots") { Description = "Do not take a screenshot after every step" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every detail to the console" };

    public IEnumerable<Option> All => [Output, Headed, Browser, StepTimeout, NoScreenshots, Verbose];

    public static string NewRunId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(2));
}
