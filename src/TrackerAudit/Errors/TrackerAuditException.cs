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

    /// <summary>The output folder cannot be written.</summary>
    public static TrackerAuditException OutputNotWritable(string path, Exception inner) =>
        new($"Cannot write the report to {path}: {inner.Message}", ExitCodes.AuditFailed, inner);
}
