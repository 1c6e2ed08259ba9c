using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>
/// LinkedIn's own cookies (on linkedin.com), sent by the browser with each hit; names and purposes from
/// LinkedIn's cookie table (https://www.linkedin.com/legal/l/cookie-table, cited in section 1.0).
/// </summary>
internal static class LinkedInCookies
{
    public static KnownCookies Reader { get; } = new(new Dictionary<string, KnownField>
    {
        ["bcookie"] = new("LinkedIn browser id", Identifier),
        ["bscookie"] = new("LinkedIn secure browser id", Identifier),
        ["li_sugr"] = new("LinkedIn browser id used to match browsers to people (probabilistic matching)", Identifier),
        ["UserMatchHistory"] = new("LinkedIn ads id sync with other advertising platforms", Identifier),
        ["AnalyticsSyncHistory"] = new("time of the last id sync with LinkedIn analytics", Low),
        ["lidc"] = new("LinkedIn data-centre routing", Low),
        ["li_at"] = new("LinkedIn login session: ties the event to a LinkedIn member", Identifier),
        ["li_gc"] = new("the visitor's consent choices for LinkedIn's cookies", Low),
        ["li_fat_id"] = new("LinkedIn click id: ties the visit to an ad click", Identifier),
        ["lang"] = new("LinkedIn language setting", Low),
    });
}
