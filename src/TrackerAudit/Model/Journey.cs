namespace TrackerAudit.Model;

/// <summary>
/// A validated journey: the pages a person visits and what they do there, step by step.
/// </summary>
public sealed record Journey
{
    /// <summary>The journey's name, unique within a run.</summary>
    public required string Name { get; init; }

    /// <summary>What the journey reproduces, for the report.</summary>
    public string? Description { get; init; }

    /// <summary>The file the journey was read from, as given on the command line.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Lower-case hex SHA-256 of the journey file's bytes.</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>The first URL opened: absolute, or relative to <see cref="BaseUrl"/> or the run's base URL.</summary>
    public required string Start { get; init; }

    /// <summary>Base URL that relative URLs resolve against; a run's <c>--base-url</c> overrides it.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The steps, in order; the first step runs after <see cref="Start"/> has loaded.</summary>
    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>Words whose presence in tracker traffic is a finding (e.g. "sexual assault").</summary>
    public IReadOnlyList<string> Sensitive { get; init; } = [];

    /// <summary>URL glob patterns answered locally, never sent (e.g. the final submit of a real report form).</summary>
    public IReadOnlyList<string> Block { get; init; } = [];

    /// <summary>Cookies put into the browser before the journey starts (e.g. a simulated Facebook login).</summary>
    public IReadOnlyList<JourneyCookie> Cookies { get; init; } = [];

    /// <summary>Named input values; values may hold <c>${canary.*}</c> placeholders made unique per run.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Ways of answering the site's cookie banner (<c>consent:</c>); the journey runs once per variant, the
    /// variant's steps first. Empty: the journey runs once, as written.
    /// </summary>
    public IReadOnlyList<ConsentVariant> Consent { get; init; } = [];

    /// <summary>Which run of a journey this is, when the run repeats it or answers a cookie banner; null for a journey as written.</summary>
    public RunVariation? Variation { get; init; }

    /// <summary>What the run must show (<c>expect:</c>), checked after the journey has run.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];
}
