using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Plausible;

/// <summary>
/// What the keys of a Plausible event mean: the script's short ones and the Events API's long ones
/// (tracker-protocols-more.md, section 1.18).
/// </summary>
internal static class PlausibleFields
{
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["n"] = ("event name", Medium),
            ["name"] = ("event name", Medium),
            ["u"] = ("page URL", High),
            ["url"] = ("page URL", High),
            ["d"] = ("site domain as registered with Plausible (the account)", Low),
            ["domain"] = ("site domain as registered with Plausible (the account)", Low),
            ["r"] = ("referrer (the previous page)", High),
            ["referrer"] = ("referrer (the previous page)", High),
            ["w"] = ("screen width", Fingerprint),
            ["h"] = ("the site uses hash-based routing (the URL fragment is a page)", None),
            ["p"] = ("custom properties the site sent", High),
            ["props"] = ("custom properties the site sent", High),
            ["revenue.amount"] = ("revenue of the event", Medium),
            ["revenue.currency"] = ("currency of the revenue", Low),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string path)
    {
        if (Known.TryGetValue(path, out var known))
        {
            return known;
        }

        return path.StartsWith("p.", StringComparison.Ordinal) || path.StartsWith("props.", StringComparison.Ordinal)
            ? ("custom property the site sent", High)
            : (null, Unknown);
    }

    /// <summary>What a Plausible event name stands for (its own goals use these names).</summary>
    public static EventMeaning MeaningOf(string name) => name switch
    {
        "pageview" => EventMeaning.PageView,
        "Outbound Link: Click" or "File Download" or "Cloaked Link: Click" => EventMeaning.Click,
        "Form: Submission" => EventMeaning.Form,
        _ => EventMeaning.Custom,
    };
}
