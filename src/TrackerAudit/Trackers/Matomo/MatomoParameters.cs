using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Matomo;

/// <summary>
/// What each Matomo (Piwik) tracking parameter means (tracker-protocols-more.md, section 1.17, after Matomo's
/// Tracking HTTP API reference, https://developer.matomo.org/api-reference/tracking-api).
/// </summary>
internal static class MatomoParameters
{
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["idsite"] = ("Matomo site id (the account that receives the data)", Low),
            ["rec"] = ("record this request (always 1)", None),
            ["action_name"] = ("page title (or the name the site gave the action)", High),
            ["url"] = ("full URL of the page", High),
            ["urlref"] = ("referrer (the previous page)", High),
            ["_id"] = ("Matomo visitor id (16 hex digits, first-party _pk_id cookie)", Identifier),
            ["uid"] = ("the site's own id for the person (often a login or e-mail)", Identifier),
            ["cid"] = ("visitor id forced by the site", Identifier),
            ["_idn"] = ("new visitor flag", Low),
            ["_idvc"] = ("number of visits by this visitor", Low),
            ["_idts"] = ("time of this visitor's first visit", Low),
            ["_viewts"] = ("time of this visitor's previous visit", Low),
            ["_refts"] = ("time the visitor first came from a referrer", Low),
            ["_ref"] = ("referrer of the visitor's first visit", High),
            ["_rcn"] = ("campaign name", Medium),
            ["_rck"] = ("campaign keyword", Medium),
            ["e_c"] = ("event category", Medium),
            ["e_a"] = ("event action", Medium),
            ["e_n"] = ("event name", High),
            ["e_v"] = ("event value", Medium),
            ["search"] = ("what the visitor searched the site for", High),
            ["search_cat"] = ("category of the site search", Medium),
            ["search_count"] = ("number of search results", Low),
            ["link"] = ("outbound link the visitor clicked", High),
            ["download"] = ("file the visitor downloaded", High),
            ["idgoal"] = ("goal (conversion) id", Medium),
            ["revenue"] = ("revenue of the goal or order", Medium),
            ["ec_id"] = ("order id", Low),
            ["ec_items"] = ("items in the cart or order", High),
            ["ec_st"] = ("order subtotal", Medium),
            ["ec_tx"] = ("order tax", Medium),
            ["ec_sh"] = ("order shipping", Medium),
            ["ec_dt"] = ("order discount", Medium),
            ["cvar"] = ("custom variables of the page (JSON)", High),
            ["_cvar"] = ("custom variables of the visit (JSON)", High),
            ["pv_id"] = ("page view id (ties events to this page view)", Low),
            ["ca"] = ("request is a custom action, not a page view", None),
            ["ping"] = ("heartbeat: the page is still open", None),
            ["c_n"] = ("content name", Medium),
            ["c_p"] = ("content piece", Medium),
            ["c_t"] = ("content target", Medium),
            ["c_i"] = ("content interaction", Medium),
            ["h"] = ("local hour", Low),
            ["m"] = ("local minute", Low),
            ["s"] = ("local second", Low),
            ["cdt"] = ("time of the request", Low),
            ["res"] = ("screen resolution", Fingerprint),
            ["ua"] = ("user agent", Fingerprint),
            ["uadata"] = ("client hints (JSON)", Fingerprint),
            ["lang"] = ("browser language", Fingerprint),
            ["cookie"] = ("cookies enabled", Fingerprint),
            ["fla"] = ("Flash plugin", Fingerprint),
            ["java"] = ("Java plugin", Fingerprint),
            ["dir"] = ("Director plugin", Fingerprint),
            ["qt"] = ("QuickTime plugin", Fingerprint),
            ["realp"] = ("RealPlayer plugin", Fingerprint),
            ["pdf"] = ("PDF plugin", Fingerprint),
            ["wma"] = ("Windows Media plugin", Fingerprint),
            ["gears"] = ("Gears plugin", Fingerprint),
            ["ag"] = ("Silverlight plugin", Fingerprint),
            ["cip"] = ("visitor IP address (overridden by the site)", Identifier),
            ["token_auth"] = ("Matomo API token (a secret sent with the request)", Low),
            ["gt_ms"] = ("page generation time (ms)", None),
            ["pf_net"] = ("network time (ms)", None),
            ["pf_srv"] = ("server time (ms)", None),
            ["pf_tfr"] = ("transfer time (ms)", None),
            ["pf_dm1"] = ("DOM processing time (ms)", None),
            ["pf_dm2"] = ("DOM completion time (ms)", None),
            ["pf_onl"] = ("onload time (ms)", None),
            ["send_image"] = ("answer with an image (1) or nothing (0)", None),
            ["rand"] = ("random value against caching", None),
            ["apiv"] = ("tracking API version", None),
            ["bots"] = ("track bots too", None),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key) =>
        Known.TryGetValue(key, out var known) ? known
        : key.StartsWith("dimension", StringComparison.Ordinal) ? ("custom dimension the site set", High)
        : (null, Unknown);

    public static string? CookieOf(string key) => key == "_id" ? "_pk_id" : null;
}
