using TrackerAudit.Browsing;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// The contents of <c>metadata.json</c>: what ran, where and how, so a reader can judge and repeat
/// the run. A contract like <c>report.json</c>: fields are added, never renamed.
/// </summary>
internal sealed record RunMetadata
{
    public int SchemaVersion { get; init; } = 1;

    public required string RunId { get; init; }

    public required ToolInfo Tool { get; init; }

    public BrowserInfo? Browser { get; init; }

    public required MachineInfo Machine { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public required string CommandLine { get; init; }

    public required IReadOnlyList<JourneyFile> JourneyFiles { get; init; }

    public required string TrackerTraffic { get; init; }

    public required RequestCounts Requests { get; init; }

    /// <summary>The lists that told sites apart and named third parties: name, version or SHA-256, entries, licence.</summary>
    public IReadOnlyList<ThirdPartyListInfo> Lists { get; init; } = [];
    public RunCompleteness? Completeness { get; init; }
}
