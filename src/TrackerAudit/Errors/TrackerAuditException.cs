using System.Globalization;
using TrackerAudit.Journeys;

namespace TrackerAudit.Errors;

/// <summary>
/// An error meant for the person running the tool: its message says what is wrong and what to do,
/// and it carries the exit code the process ends with.
/// </summary>
public sealed class TrackerAuditException : Exception
{
    private TrackerAuditException(string message, int exitCode, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    // The client and server of Playwright's protocol must agree on major.minor. Read by name: only Browsing uses Playwright's types.
    private static string PlaywrightVersion =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(assembly => assembly.GetName().Name == "Microsoft.Playwright")?.GetName().Version is { } version
            ? string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}")
            : "of the same version";

    /// <summary>The exit code the process should end with.</summary>
    public int ExitCode { get; }

    /// <summary>Journeys that failed validation; the message lists every problem.</summary>
    public static TrackerAuditException JourneyInvalid(IReadOnlyList<JourneyProblem> problems) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problem(s) in the journeys:{Environment.NewLine}")
            + string.Join(Environment.NewLine, problems.Select(problem => "  " + problem)), ExitCodes.InvalidInput);

    /// <summary>No journey was found at the given paths.</summary>
    public static TrackerAuditException NoJourneys(IEnumerable<string> paths) =>
        new($"No journey files (*.yaml, *.yml) found in: {string.Join(", ", paths)}", ExitCodes.InvalidInput);

    /// <summary>An option has a value the tool cannot use.</summary>
    public static TrackerAuditException InvalidOption(string option, string message) =>
        new($"{option}: {message}", ExitCodes.InvalidInput);

    /// <summary>No browser could be found; the message says exactly how to get one.</summary>
    public static TrackerAuditException BrowserNotFound(IReadOnlyList<string> looked) =>
        new("No Chromium or Chrome browser was found. Looked in:" + Environment.NewLine
            + string.Join(Environment.NewLine, looked.Select(place => "  - " + place)) + Environment.NewLine
            + "Get one in any of these ways:" + Environment.NewLine
            + "  - trackeraudit install-browser        (downloads Playwright's Chromium; needs internet)" + Environment.NewLine
            + "  - sudo apt-get install -y chromium    (Debian/Ubuntu; other systems: install Chromium or Google Chrome)" + Environment.NewLine
            + "  - point to an existing browser: --browser /path/to/chrome, or TRACKERAUDIT_BROWSER=/path/to/chrome",
            ExitCodes.AuditFailed);

    /// <summary>The browser was found but could not be started.</summary>
    public static TrackerAuditException BrowserFailedToStart(string executable, Exception inner) =>
        new($"The browser at {executable} could not be started: {inner.Message.Split('\n')[0]}", ExitCodes.AuditFailed, inner);

    /// <summary>The Playwright server given with <c>--connect</c> could not be reached, or refused the connection.</summary>
    public static TrackerAuditException BrowserServerUnreachable(string endpoint, Exception inner) =>
        new($"Could not connect to the Playwright server at {endpoint}: {inner.Message.Split('\n')[0]}" + Environment.NewLine
            + "Check that it runs (e.g. 'npx playwright run-server --port 3000 --host 0.0.0.0'), that the address, port and path are right, "
            + $"and that it runs Playwright {PlaywrightVersion} like this tool (other versions refuse the connection).",
            ExitCodes.AuditFailed, inner);

    /// <summary>The Playwright server was reached but could not start a browser.</summary>
    public static TrackerAuditException RemoteBrowserFailedToStart(string endpoint, Exception inner) =>
        new($"The Playwright server at {endpoint} could not start Chromium: {inner.Message.Split('\n')[0]}" + Environment.NewLine
            + "Install a browser where the server runs ('npx playwright install chromium'), or start the server with --unsafe "
            + "and name a browser on its machine with --browser PATH.",
            ExitCodes.AuditFailed, inner);

    /// <summary>The output folder cannot be written.</summary>
    public static TrackerAuditException OutputNotWritable(string path, Exception inner) =>
        new($"Cannot write the report to {path}: {inner.Message}", ExitCodes.AuditFailed, inner);
}
