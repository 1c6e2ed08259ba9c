using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Uet;

/// <summary>
/// What each UET parameter means (reference tracker-protocols-more.md section 1.11, the identifier-cookie table
/// of section 1.0 and the field map of section 1.20).
/// </summary>
internal static class UetParameters
{
    private const string Inferred = " (inferred from captures)";

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["ti"] = ("UET tag id (the advertiser account that receives the data)", Low),
            ["tm"] = ("how the tag was installed (gtm…: Google Tag Manager)", Low),
            ["Ver"] = ("tag version", None),
            ["mid"] = ("message id (one per hit)", Low),
            ["bo"] = ("hit counter" + Inferred, Low),
            ["sid"] = ("UET session id (first-party _uetsid cookie)", Identifier),
            ["vid"] = ("UET visitor id (first-party _uetvid cookie), kept for 390 days", Identifier),
            ["vids"] = ("1 when the visitor id was just made" + Inferred, Low),
            ["msclkid"] = ("Microsoft Advertising click id: ties the visit to an ad click", Identifier),
            ["pi"] = ("page id" + Inferred, Low),
            ["lg"] = ("browser language", Fingerprint),
            ["sw"] = ("screen width", Fingerprint),
            ["sh"] = ("screen height", Fingerprint),
            ["sc"] = ("screen colour depth", Fingerprint),
            ["nwd"] = ("browser is not driven by automation (navigator.webdriver)" + Inferred, Fingerprint),
            ["tl"] = ("page title", High),
            ["p"] = ("full URL of the page", High),
            ["r"] = ("referrer (the previous page)", High),
            ["kw"] = ("the page's meta keywords, read automatically", High),
            ["lt"] = ("page load time (ms)", Low),
            ["evt"] = ("event type (pageLoad, custom, pageHide, consent)", Medium),
            ["sv"] = ("script version" + Inferred, None),
            ["cdb"] = ("consent default bits" + Inferred, Low),
            ["rn"] = ("random number (cache buster)", None),
            ["page_path"] = ("path of the page viewed in a single-page app", High),
            ["spa"] = ("page view of a single-page app", Low),
            ["ifm"] = ("page is inside an iframe", Low),
            ["ec"] = ("custom event category", Medium),
            ["ea"] = ("custom event action (the event name)", Medium),
            ["el"] = ("custom event label", High),
            ["ev"] = ("custom event value", Medium),
            ["gv"] = ("goal (conversion) value", Medium),
            ["gc"] = ("goal currency", Low),
            ["prodid"] = ("product ids", Medium),
            ["pagetype"] = ("kind of page (home, category, product, cart, purchase)", Medium),
            ["pid"] = ("hashed personal data for enhanced conversions (a query string: em, ph)", Identifier),
            ["pid.em"] = ("hashed e-mail address (SHA-256)", Identifier),
            ["pid.ph"] = ("hashed phone number (SHA-256)", Identifier),
            ["pid.fn"] = ("hashed first name", Identifier),
            ["pid.ln"] = ("hashed last name", Identifier),
            ["asc"] = ("consent to ad storage (Microsoft consent mode)", Low),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> KnownCookies =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["MUID"] = ("Microsoft user id (bing.com cookie), shared across Microsoft's sites", Identifier),
            ["MR"] = ("refresh flag of the MUID cookie", Low),
            ["_uetsid"] = ("UET session id (first-party cookie)", Identifier),
            ["_uetvid"] = ("UET visitor id (first-party cookie)", Identifier),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key, string value)
    {
        if (key == "msclkid" && value == "N")
        {
            return ("Microsoft Advertising click id: N, the visit did not come from an ad click", Low);
        }

        if (key == "asc")
        {
            return (ConsentInWords(value), Low);
        }

        if (Known.TryGetValue(key, out var info))
        {
            return info;
        }

        return key.StartsWith("ecomm_", StringComparison.Ordinal) ? ("e-commerce data of the page (product, category, value)", High) : (null, Unknown);
    }

    public static (string? Meaning, FieldSensitivity Sensitivity) DescribeCookie(string name) =>
        KnownCookies.TryGetValue(name, out var info) ? info : (null, Unknown);

    /// <summary>The first-party cookie a parameter carries (reference 1.0: abcmouse's _uetsid and _uetvid equal sid and vid).</summary>
    public static string? CookieOf(string key) => key switch
    {
        "sid" => "_uetsid",
        "vid" => "_uetvid",
        _ => null,
    };

    // asc = G / D (reference 1.0, "Consent signals").
    private static string ConsentInWords(string value) => value switch
    {
        "G" => "consent to ad storage (Microsoft consent mode): granted",
        "D" => "consent to ad storage (Microsoft consent mode): denied",
        _ => "consent to ad storage (Microsoft consent mode): not a known value (G granted, D denied)",
    };
}
