using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Pinterest;

/// <summary>
/// What each Pinterest Tag parameter means (reference tracker-protocols-more.md section 1.10, the identifier-cookie
/// table of section 1.0): the query, the JSON values <c>ed</c> (event data), <c>pd</c> (hashed personal data) and
/// <c>ad</c> (automatic data), flattened to <c>ed.value</c>, <c>pd.em</c>, <c>ad.loc</c>, and their noscript forms
/// <c>ed[value]</c>, <c>pd[em]</c>.
/// </summary>
internal static class PinterestParameters
{
    private const string OpaqueNote = "; seen on init where no form was filled in, so it may not be the visitor's";

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["tid"] = ("Pinterest tag id (the advertiser account that receives the data)", Low),
            ["event"] = ("event name", Medium),
            ["ed"] = ("event data the site sent (JSON)", Medium),
            ["pd"] = ("hashed personal data for enhanced match (JSON)", Identifier),
            ["ad"] = ("data the tag collected by itself: page, referrer, screen, client hints (JSON)", High),
            ["cb"] = ("cache buster (time in ms)", None),
            ["dep"] = ("what the hit depends on (e.g. PAGE_LOAD)", None),
            ["noscript"] = ("sent by the tag's noscript image", None),
            ["ad.loc"] = ("full URL of the page", High),
            ["ad.ref"] = ("referrer (the previous page)", High),
            ["ad.if"] = ("page is inside an iframe", Low),
            ["ad.sh"] = ("screen height", Fingerprint),
            ["ad.sw"] = ("screen width", Fingerprint),
            ["ad.mh"] = ("hash of the page's meta tags", Low),
            ["ad.is_eu"] = ("visitor is in the EU", Low),
            ["ad.ecm_enabled"] = ("enhanced match (hashed personal data) is on", Low),
            ["ed.value"] = ("value of the conversion", Medium),
            ["ed.currency"] = ("currency of the value", Low),
            ["ed.order_id"] = ("order id", Low),
            ["ed.order_quantity"] = ("number of items", Low),
            ["ed.promo_code"] = ("promotion code", Medium),
            ["ed.property"] = ("property of the event", Medium),
            ["ed.search_query"] = ("what the person searched for", High),
            ["ed.video_title"] = ("title of the video watched", High),
            ["ed.lead_type"] = ("kind of lead", Medium),
            ["ed.event_id"] = ("event id, for deduplication with server-side events", Low),
            ["pd.em"] = ("hashed e-mail address (SHA-256)" + OpaqueNote, Identifier),
            ["pd.ph"] = ("hashed phone number (SHA-256)", Identifier),
            ["pd.fn"] = ("hashed first name", Identifier),
            ["pd.ln"] = ("hashed last name", Identifier),
            ["pd.ct"] = ("hashed city", High),
            ["pd.st"] = ("hashed state", Medium),
            ["pd.zp"] = ("hashed postal code", High),
            ["pd.country"] = ("hashed country", Medium),
            ["pd.ge"] = ("hashed gender", High),
            ["pd.db"] = ("hashed date of birth", Identifier),
            ["pd.external_id"] = ("the site's own id for the visitor, hashed", Identifier),
            ["pd.hashed_maids"] = ("hashed mobile advertising ids", Identifier),
            ["pd.pin_unauth"] = ("Pinterest browser id of a visitor not logged in (first-party _pin_unauth cookie)", Identifier),
            ["pd.epik"] = ("Pinterest click id (first-party _epik cookie): ties the visit to an ad click", Identifier),
            ["pd.np"] = ("partner (integration) name", Low),
            ["pd.aem_eligible_list"] = ("which personal data is eligible for automatic enhanced match", Low),
            ["urls.loc"] = ("full URL of the page", High),
            ["urls.canonical"] = ("canonical URL of the page", High),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> KnownCookies =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["_pinterest_ct_ua"] = ("Pinterest's conversion-tracking browser id (pinterest.com cookie)", Identifier),
            ["_pinterest_sess"] = ("Pinterest login session (pinterest.com cookie): names the logged-in account", Identifier),
            ["_auth"] = ("Pinterest login state (pinterest.com cookie)", Identifier),
            ["_epik"] = ("Pinterest click id (first-party _epik cookie)", Identifier),
            ["_pin_unauth"] = ("Pinterest browser id of a visitor not logged in (first-party cookie)", Identifier),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string path)
    {
        if (Known.TryGetValue(path, out var info))
        {
            return info;
        }

        return path switch
        {
            _ when path.StartsWith("ed.", StringComparison.Ordinal) => ("custom event data the site sent", Unknown),
            _ when path.StartsWith("pd.", StringComparison.Ordinal) => ("personal data for enhanced match", Identifier),
            _ when path.StartsWith("ad.", StringComparison.Ordinal) => ("data the tag collected by itself (client hints, page)", Fingerprint),
            _ when path.StartsWith("meta.", StringComparison.Ordinal) => ("the page's meta tags, read automatically", High),
            _ => (null, Unknown),
        };
    }

    public static (string? Meaning, FieldSensitivity Sensitivity) DescribeCookie(string name) =>
        KnownCookies.TryGetValue(name, out var info) ? info : (null, Unknown);

    /// <summary>The first-party cookie a field carries (reference 1.0: <c>_pin_unauth</c> is <c>pd.pin_unauth</c>).</summary>
    public static string? CookieOf(string path) => path switch
    {
        "pd.pin_unauth" => "_pin_unauth",
        "pd.epik" => "_epik",
        _ => null,
    };

    /// <summary>The noscript form's bracketed key as a JSON path: <c>pd[em]</c> is <c>pd.em</c>.</summary>
    public static string Normalize(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        return open > 0 && key.EndsWith(']') ? Wire.WireStrings.Of(string.Concat(key.AsSpan(0, open), ".", key.AsSpan(open + 1, key.Length - open - 2))) : key;
    }
}
