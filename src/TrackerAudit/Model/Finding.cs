namespace TrackerAudit.Model;

/// <summary>
/// One thing a tracker learned: on which page and step, who received it, what it was, where in the
/// request it travelled, and why it matters.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable id from the finding's meaning (journey, step, recipient, category, parameter, subject): equal across reruns of an unchanged site.</summary>
    public required string Key { get; init; }

    /// <summary>Why it matters.</summary>
    public required FindingCategory Category { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The journey.</summary>
    public required string Journey { get; init; }

    /// <summary>The step that caused the request (0: the start page).</summary>
    public required int StepIndex { get; init; }

    /// <summary>The step's name.</summary>
    public required string StepName { get; init; }

    /// <summary>What the step did, e.g. <c>click text=Continue</c>.</summary>
    public string? StepAction { get; init; }

    /// <summary>The page the tracker was told about (or the page that made the request).</summary>
    public string? PageUrl { get; init; }

    /// <summary>That page's title, when known.</summary>
    public string? PageTitle { get; init; }

    /// <summary>When the request was made (UTC).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Who received it: the tracker's name, or the host for an unknown third party.</summary>
    public required string Recipient { get; init; }

    /// <summary>Tracker id, when a known tracker.</summary>
    public string? TrackerId { get; init; }

    /// <summary>The account that receives the data (Meta: pixel id).</summary>
    public string? AccountId { get; init; }

    /// <summary>The tracker event, when decoded.</summary>
    public string? EventName { get; init; }

    /// <summary>What was revealed, in words, e.g. "the sensitive word 'rape'".</summary>
    public required string Subject { get; init; }

    /// <summary>Where in the request, e.g. <c>cd[buttonFeatures].innerText</c>, <c>url</c>, <c>header:referer</c>.</summary>
    public required string Parameter { get; init; }

    /// <summary>What the parameter means, e.g. "page title"; null when unknown.</summary>
    public string? ParameterMeaning { get; init; }

    /// <summary>The value as it travelled (decoded parameter value, or the raw text around the match).</summary>
    public required string Value { get; init; }

    /// <summary>How a typed value was transformed, e.g. <c>sha256(normalised em)</c>.</summary>
    public string? Transform { get; init; }

    /// <summary>The captured request that is the evidence.</summary>
    public required long RequestId { get; init; }

    /// <summary>One plain-language sentence a person can read out.</summary>
    public required string Statement { get; init; }
}
