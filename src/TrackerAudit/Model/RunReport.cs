namespace TrackerAudit.Model;

/// <summary>
/// Everything a run did: the contents of <c>report.json</c>. A contract: fields are added, never
/// renamed or removed, without raising <see cref="SchemaVersion"/>.
/// </summary>
public sealed record RunReport
{
    /// <summary>The version of this document's shape.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The current <see cref="SchemaVersion"/>.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The run's id, also its folder's name.</summary>
    public required string RunId { get; init; }

    /// <summary>The TrackerAudit build.</summary>
    public required ToolInfo Tool { get; init; }

    /// <summary>The browser; null when none could be started.</summary>
    public BrowserInfo? Browser { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run ended (UTC).</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>The command line that started the run.</summary>
    public string CommandLine { get; init; } = "";

    /// <summary>Whether tracker requests were sent to the network or answered locally.</summary>
    public string TrackerTraffic { get; init; } = "";

    /// <summary>When the run replayed an archive (<c>--replay</c>): which, and what it could not answer; null for a live run.</summary>
    public ReplaySummary? Replay { get; init; }

    /// <summary>Why the run as a whole could not complete (e.g. no browser); null when it could.</summary>
    public string? Error { get; init; }

    /// <summary>The lists that told sites apart and named third parties (also in <c>metadata.json</c>).</summary>
    public IReadOnlyList<ThirdPartyListInfo> Lists { get; init; } = [];

    /// <summary>What this folder is when it is not the whole of a run that ended on its own (interrupted, incomplete, recovered); null when it is.</summary>
    public RunCompleteness? Completeness { get; init; }

    /// <summary>Each journey run.</summary>
    public IReadOnlyList<JourneyRun> Journeys { get; init; } = [];

    /// <summary>For journeys run several times (<c>--repeat</c>): which findings every run had, and which only some.</summary>
    public IReadOnlyList<RepeatSummary> Repeats { get; init; } = [];

    /// <summary>For journeys with consent variants: what each variant sent before and after the cookie banner's answer, side by side.</summary>
    public IReadOnlyList<ConsentComparison> Consent { get; init; } = [];
}
