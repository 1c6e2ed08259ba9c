using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.TikTok;

/// <summary>
/// TikTok's own cookies (on tiktok.com), sent by the browser with each beacon. The <c>_ttp</c> here is TikTok's
/// third-party value, not the site's first-party <c>_ttp</c> that the payload carries as <c>anonymous_id</c>
/// (tracker-protocols-more.md, section 1.0).
/// </summary>
internal static class TikTokCookies
{
    public static KnownCookies Reader { get; } = new(new Dictionary<string, KnownField>
    {
        ["_ttp"] = new("TikTok browser id (TikTok's third-party _ttp cookie, not the site's)", Identifier),
        ["ttwid"] = new("TikTok browser id (ttwid)", Identifier),
        ["sessionid"] = new("TikTok login session: ties the event to a TikTok account", Identifier),
        ["sid_tt"] = new("TikTok login session: ties the event to a TikTok account", Identifier),
        ["uid_tt"] = new("TikTok account id of the logged-in person", Identifier),
    });
}
