using System.CommandLine;
using System.Globalization;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.ThirdParties;

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

    public Option<Uri?> Connect { get; } = new("--connect")
    {
        Description = "Drive the Chromium of a Playwright server (ws://host:port/, e.g. 'playwright run-server') instead of starting one here",
        HelpName = "ws-endpoint",
        CustomParser = result =>
        {
            var endpoint = RemoteEndpoint.Parse(result.Tokens.Single().Value, out var problem);
            if (endpoint is null)
            {
                result.AddError("--connect: " + problem);
            }

            return endpoint;
        },
    };

    public Option<double> StepTimeout { get; } = new("--step-timeout")
    {
        Description = "Seconds one step may take, unless the step sets its own timeout",
        DefaultValueFactory = _ => 30,
    };

    public Option<double> SettleQuiet { get; } = new("--settle-quiet")
    {
        Description = "Seconds without a request starting or ending that end each step (default 0.8); shorter is faster, "
            + "but a request a page sends later than that after its last one is stamped with the next step",
        DefaultValueFactory = _ => 0.8,
    };

    public Option<bool> NoScreenshots { get; } = new("--no-screenshots") { Description = "Do not take a screenshot after every step" };

    public Option<string[]> Policy { get; } = new("--policy")
    {
        Description = "Policy file whose rules apply to every journey (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Baseline { get; } = new("--baseline")
    {
        Description = "An earlier report.json (or its run folder): report what appeared, disappeared or changed",
    };

    public Option<Severity?> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit 1 when a finding is at or above this severity: low, medium, high, critical",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _))
            {
                return severity;
            }

            result.AddError($"--fail-on: '{text}' is not one of low, medium, high, critical");
            return null;
        },
    };

    public Option<bool> FailOnNew { get; } = new("--fail-on-new")
    {
        Description = "Fail only on findings the --baseline does not have (with --fail-on: only new ones at or above it)",
    };

    public Option<bool> Redact { get; } = new("--redact")
    {
        Description = "Also write <run-folder>-redacted/: typed values and cookie values masked, hashes kept, safe to share",
    };

    public Option<int> Workers { get; } = new("--workers")
    {
        Description = "How many journeys run at once, each in its own browser context (default: one per core)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<int> Repeat { get; } = new("--repeat")
    {
        Description = "Run each journey (each consent variant of it) N times, each in a fresh browser context; the report says which findings every run had and which only some",
        DefaultValueFactory = _ => 1,
    };

    public Option<bool> Archive { get; } = new("--archive")
    {
        Description = "Also keep each journey's traffic with response bodies as archive/<journey>.har, to replay the run later with run --replay",
    };

    public Option<long> MaxBodyInMemory { get; } = new("--max-body-in-memory")
    {
        Description = "Request bodies larger than this many bytes are stored in bodies/<request-id>.bin of the run folder, not held in memory (0: all)",
        HelpName = "bytes",
        DefaultValueFactory = _ => RequestBodies.DefaultLimit,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every detail to the console" };

    public SigningOptions Signing { get; } = new();

    public Option<string[]> ThirdPartyList { get; } = CreateThirdPartyListOption();

    public IEnumerable<Option> All => [Output, Headed, Browser, Connect, StepTimeout, SettleQuiet, NoScreenshots, Policy, Baseline, FailOn, FailOnNew, Redact, Workers, Repeat, Archive, MaxBodyInMemory, ThirdPartyList, Verbose, .. Signing.All];

    /// <summary><c>--third-party-list FILE</c> (repeatable), for every command that makes reports.</summary>
    public static Option<string[]> CreateThirdPartyListOption() => new("--third-party-list")
    {
        Description = "A list that names third parties, read at run time (repeatable): an EasyPrivacy-style filter list (||host^ rules), "
            + "a Disconnect services.json, or a DuckDuckGo Tracker Radar tds.json or domain file; consulted before the built-in third-party-web",
        HelpName = "file",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The built-in lists and those given; a list that cannot be read is exit 2, naming file, line and why.</summary>
    public static EntityCatalogue ThirdParties(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return EntityCatalogue.Default;
        }

        try
        {
            return new EntityCatalogue(paths.Select(UserListLoader.Load).ToList());
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.InvalidOption("--third-party-list", exception.Message);
        }
    }

    public static string NewRunId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(2));
}
