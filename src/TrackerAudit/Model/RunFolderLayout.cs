namespace TrackerAudit.Model;

/// <summary>
/// The name of every file and folder of a run folder (the evidence bundle), in one place. docs/report-json.md and
/// the README's bundle table describe each.
/// </summary>
public static class RunFolderLayout
{
    /// <summary>Every journey, step, request, decoded event, finding and expectation.</summary>
    public const string ReportJson = "report.json";

    /// <summary>The report for people.</summary>
    public const string ReportHtml = "report.html";

    /// <summary>The summary for a pull request or CI job page.</summary>
    public const string ReportMarkdown = "report.md";

    /// <summary>The run as SQL tables (runs, journeys, steps, requests, events, findings, third parties); docs/dataset.md.</summary>
    public const string ReportSqlite = "report.sqlite";

    /// <summary>Expectations as JUnit test cases.</summary>
    public const string JUnit = "junit.xml";

    /// <summary>HAR 1.2 of everything captured.</summary>
    public const string CaptureHar = "capture.har";

    /// <summary>The capture as it was streamed during the run.</summary>
    public const string CaptureLog = "capture.ndjson";

    /// <summary>Chromium's own network log.</summary>
    public const string NetworkLog = "chromium-netlog.json";

    /// <summary>Tool, browser, machine and inputs of the run.</summary>
    public const string Metadata = "metadata.json";

    /// <summary>The structured log.</summary>
    public const string Log = "log.ndjson";

    /// <summary>The SHA-256 of every other file.</summary>
    public const string Checksums = "SHA256SUMS";

    /// <summary>Request bodies too large to hold in memory, one file per request.</summary>
    public const string BodiesFolder = "bodies";

    /// <summary>Screenshots after each step and before each click.</summary>
    public const string ScreenshotsFolder = "screenshots";

    /// <summary>With <c>--archive</c>: each journey's traffic with response bodies, for <c>--replay</c>.</summary>
    public const string ArchiveFolder = "archive";
}
