using System.Text.Json.Serialization;

namespace TrackerAudit.Model;

/// <summary>
/// Which run of a journey this is when a run repeats journeys (<c>--repeat</c>) or answers their cookie
/// banner in several ways (<c>consent:</c>). The consent steps come first, numbered from 1, and the
/// journey's own steps follow them.
/// </summary>
public sealed record RunVariation
{
    /// <summary>The journey's own name, as written in its file.</summary>
    public required string Journey { get; init; }

    /// <summary>The consent variant's name, e.g. <c>reject</c>; null when the journey has no <c>consent:</c>.</summary>
    public string? Consent { get; init; }

    /// <summary>What the consent variant answers; null when the journey has no <c>consent:</c>.</summary>
    public ConsentAnswer? Answer { get; init; }

    /// <summary>How many of the run's first steps (from step 1) are the consent variant's.</summary>
    public int ConsentSteps { get; init; }

    /// <summary>Which repetition this is, from 1.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>How many times the run repeats the journey in this variant.</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>
    /// The step that gives the banner its answer (the variant's last step); requests stamped with it or a later
    /// step are made after the answer. Null when no answer is ever given; 0 for Global Privacy Control, which the browser
    /// signals from the very first request.
    /// </summary>
    public int? AnswerStep => Answer switch
    {
        ConsentAnswer.Gpc => 0,
        null or ConsentAnswer.None => null,
        _ => ConsentSteps == 0 ? null : ConsentSteps,
    };

    /// <summary>Whether the browser sends the Global Privacy Control signal in this run.</summary>
    [JsonIgnore]
    public bool GlobalPrivacyControl => Answer == ConsentAnswer.Gpc;

    /// <summary>The journey and its consent variant, the same for every repetition: what repeated runs are compared by.</summary>
    [JsonIgnore]
    public string GroupName => Consent is null ? Journey : $"{Journey} [{Consent}]";

    /// <summary>Whether a request stamped with this step was made before the banner had an answer (always, when none is given).</summary>
    public bool BeforeAnswer(int stepIndex) => AnswerStep is not { } answer || stepIndex < answer;
}
