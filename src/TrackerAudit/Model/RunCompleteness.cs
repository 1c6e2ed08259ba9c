namespace TrackerAudit.Model;

/// <summary>
/// What a run folder is when it is not the whole of a run that ended on its own: in <c>report.json</c> and
/// <c>metadata.json</c> as <c>completeness</c>, absent for a run that ran every journey and wrote every report.
/// </summary>
public sealed record RunCompleteness
{
    /// <summary>The value of <see cref="State"/> for a run stopped before it ran everything (Ctrl-C, SIGTERM, killed).</summary>
    public const string Interrupted = "interrupted";

    /// <summary>The value of <see cref="State"/> for a folder missing a report the tool could not write.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The value of <see cref="State"/> for a folder whose missing reports <c>trackeraudit recover</c> wrote later.</summary>
    public const string Complete = "complete";

    /// <summary><see cref="Interrupted"/> or <see cref="Incomplete"/> (which wins when both apply), or <see cref="Complete"/> once recovered.</summary>
    public required string State { get; init; }

    /// <summary>Why, in words.</summary>
    public required string Reason { get; init; }

    /// <summary>Journey runs that were planned but never started: nothing of them was captured.</summary>
    public IReadOnlyList<string> NotStarted { get; init; } = [];

    /// <summary>Files of the run folder the tool could not write (e.g. <c>report.html</c> on a full disk).</summary>
    public IReadOnlyList<string> NotWritten { get; init; } = [];

    /// <summary>When the folder was rebuilt from its capture log by <c>trackeraudit recover</c>; null otherwise.</summary>
    public RecoveryInfo? Recovered { get; init; }

    /// <summary>This completeness with <see cref="NotWritten"/> files added, made <see cref="Incomplete"/>.</summary>
    public static RunCompleteness WithNotWritten(RunCompleteness? existing, IReadOnlyList<string> files) =>
        (existing ?? new RunCompleteness { State = Incomplete, Reason = "" }) with
        {
            State = Incomplete,
            Reason = (existing is null ? "" : existing.Reason + "; ") + "the tool could not write " + string.Join(", ", files) + " (see log.ndjson)",
            NotWritten = [.. (existing?.NotWritten ?? []).Concat(files).Distinct(StringComparer.Ordinal)],
        };
}
