using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// What each Snap Pixel parameter means (reference tracker-protocols-more.md section 1.9, sections 1.0 and 1.20),
/// the same names whether they come in the query, a form body, a batch entry's <c>t</c> or its <c>ctx</c>.
/// </summary>
internal static class SnapParameters
{
    /// <summary>Snap's hashed e-mail placeholder: <c>FFF</c> and 64 hex digits, sent when no e-mail was given.</summary>
    public const string PlaceholderPrefix = "FFF";

    private const string Inferred = " (inferred from captures)";

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["pid"] = ("pixel id (the advertiser account that receives the data)", Low),
            ["pids"] = ("pixel ids on the page", Low),
            ["ev"] = ("event name", Medium),
            ["pl"] = ("full URL of the page", High),
            ["url"] = ("full URL of the page", High),
            ["rf"] = ("referrer (the previous page)", High),
            ["ref"] = ("referrer (the previous page)", High),
            ["ts"] = ("time of the event (ms since 1970)", Low),
            ["v"] = ("library version", None),
            ["if"] = ("page is inside an iframe", Low),
            ["bt"] = ("library build tag", None),
            ["intg"] = ("integration that installed the pixel (gtm: Google Tag Manager)", Low),
            ["u_hem"] = ("hashed e-mail address (SHA-256 of the trimmed lower-case address)", Identifier),
            ["u_hpn"] = ("hashed phone number (SHA-256 of the digits)", Identifier),
            ["u_fn"] = ("hashed first name", Identifier),
            ["u_ln"] = ("hashed last name", Identifier),
            ["u_age"] = ("age", High),
            ["l_city"] = ("hashed city", High),
            ["l_gc"] = ("hashed country", Medium),
            ["l_gpc"] = ("hashed postal code", High),
            ["l_gr"] = ("hashed region", Medium),
            ["u_c1"] = ("Snap browser id (the first-party _scid cookie, as reported; link not verified)", Identifier),
            ["c1"] = ("Snap browser id (the first-party _scid cookie, as reported; link not verified)", Identifier),
            ["u_sclid"] = ("Snap click id: ties the visit to an ad click", Identifier),
            ["u_scsid"] = ("Snap session id", Identifier),
            ["cdid"] = ("client dedup id" + Inferred, Identifier),
            ["gat"] = ("Google tags on the page (Ads, Tag Manager, GA4 ids)", Low),
            ["gac"] = ("Google click id from the page" + Inferred, Identifier),
            ["m_sl"] = ("page timing: time since navigation start (ms)" + Inferred, Low),
            ["m_rd"] = ("page timing: time to document ready (ms)" + Inferred, Low),
            ["m_pi"] = ("page timing: time to interactive (ms)" + Inferred, Low),
            ["m_pl"] = ("page timing: page load time (ms)" + Inferred, Low),
            ["m_ic"] = ("page timing counter" + Inferred, Low),
            ["ua"] = ("browser user agent", Fingerprint),
            ["sh"] = ("screen height", Fingerprint),
            ["sw"] = ("screen width", Fingerprint),
            ["ls"] = ("local storage state" + Inferred, Low),
            ["ss"] = ("session storage state" + Inferred, Low),
            ["si"] = ("session index" + Inferred, Low),
            ["a"] = ("performance measurements", Low),
            ["p"] = ("performance measurements", Low),
            ["del"] = ("delivery state of the batch entry" + Inferred, None),
            ["log"] = ("library log entry", None),
            ["e_desc"] = ("description of the item or event", High),
            ["e_sm"] = ("sign-up method", Medium),
            ["e_su"] = ("sign-up succeeded", Low),
            ["e_ni"] = ("number of items", Low),
            ["e_iids"] = ("ids of the items", Medium),
            ["e_ic"] = ("category of the items", High),
            ["e_pia"] = ("payment information available", Low),
            ["e_cur"] = ("currency", Low),
            ["e_pr"] = ("price or value", Medium),
            ["e_tid"] = ("transaction id", Low),
            ["e_ss"] = ("what the person searched for", High),
            ["pnid"] = ("partner id of a cookie sync (140: Tapad, per the captures)", Low),
            ["pcid"] = ("the partner's cookie id for this browser, synced with Snap's", Identifier),
            ["cb"] = ("cache buster", None),
            ["rand"] = ("cache buster", None),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> KnownCookies =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["sc_at"] = ("Snap's advertising cookie on snapchat.com: browser id and when it was set", Identifier),
            ["_scid"] = ("Snap browser id (first-party _scid cookie)", Identifier),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key, string value)
    {
        if (key == "u_hem" && IsPlaceholder(value))
        {
            // Seen on every 2021 hit of two sites where nobody typed an e-mail (reference 1.9): not an identifier.
            return ("placeholder hash ('FFF' and 64 hex digits) sent when no e-mail was given; not an e-mail address", Unknown);
        }

        if (Known.TryGetValue(key, out var info))
        {
            return info;
        }

        if (key.StartsWith("e_", StringComparison.Ordinal))
        {
            return ("custom data the site sent with the event", Unknown);
        }

        return key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("twitter:", StringComparison.Ordinal)
            ? ("page metadata tag, read from the page automatically", High)
            : (null, Unknown);
    }

    public static (string? Meaning, FieldSensitivity Sensitivity) DescribeCookie(string name) =>
        KnownCookies.TryGetValue(name, out var info) ? info : (null, Unknown);

    /// <summary>The first-party cookie a parameter carries, as reported (reference 1.0, identifier cookies).</summary>
    public static string? CookieOf(string key) => key is "u_c1" or "c1" ? "_scid" : null;

    public static bool IsPlaceholder(string value) =>
        value.Length == PlaceholderPrefix.Length + 64 && value.StartsWith(PlaceholderPrefix, StringComparison.Ordinal);
}
