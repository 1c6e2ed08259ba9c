namespace TrackerAudit.Model;

/// <summary>Everything one journey run did and captured.</summary>
public sealed record JourneyRun
{
    /// <summary>The journey's name.</summary>
    public required string Journey { get; init; }

    /// <summary>Which repetition and consent variant of the journey this run is; null for a journey run as written.</summary>
    public RunVariation? Variation { get; init; }

    /// <summary>The journey file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>SHA-256 of the journey file.</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>The start URL as resolved.</summary>
    public required string StartUrl { get; init; }

    /// <summary>Completed, failed or interrupted.</summary>
    public required JourneyStatus Status { get; init; }

    /// <summary>Why the journey did not complete.</summary>
    public string? Error { get; init; }

    /// <summary>When the journey started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the journey ended.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>The journey's sensitive words.</summary>
    public IReadOnlyList<string> Sensitive { get; init; } = [];

    /// <summary>The values typed, by input or step name (canaries resolved).</summary>
    public IReadOnlyDictionary<string, string> TypedValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Step 0 (the start page), then each step.</summary>
    public IReadOnlyList<StepResult> Steps { get; init; } = [];

    /// <summary>Every request the browser made, in order.</summary>
    public IReadOnlyList<CapturedRequest> Requests { get; init; } = [];

    /// <summary>The requests known trackers sent, decoded.</summary>
    public IReadOnlyList<DecodedRequest> TrackerRequests { get; init; } = [];

    /// <summary>What the trackers learned, most severe first.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Every third-party host requested, with its company and category from the run's lists, most requested first.</summary>
    public IReadOnlyList<ThirdPartyHost> ThirdParties { get; init; } = [];

    /// <summary>The journey's and the policy's expectations, checked after the run.</summary>
    public IReadOnlyList<ExpectationResult> Expectations { get; init; } = [];

    /// <summary>Only for a journey with scan steps (<c>scan</c>): how the site's scan ended; absent otherwise.</summary>
    public SiteOutcome? Site { get; init; }

    /// <summary>
    /// Only for a decoded capture that was partly read: the entries of the input that were skipped (at most
    /// <see cref="InputProblemLimit"/> listed), each with where and why. Absent when every entry was read.
    /// </summary>
    public IReadOnlyList<InputProblem>? InputProblems { get; init; }

    /// <summary>Only for a decoded capture that was partly read: how many entries were skipped, listed or not.</summary>
    public long? InputProblemCount { get; init; }

    /// <summary>At most this many <see cref="InputProblems"/> are listed; <see cref="InputProblemCount"/> counts them all.</summary>
    public const int InputProblemLimit = 1000;
}
