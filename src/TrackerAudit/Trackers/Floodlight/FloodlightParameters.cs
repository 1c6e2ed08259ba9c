using System.Collections.Frozen;
using TrackerAudit.Trackers.Google;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Floodlight;

/// <summary>
/// What each Floodlight matrix parameter means (tracker-protocols-more.md §1.4). Knowledge is data here: the
/// decoder only looks names up.
/// </summary>
internal static class FloodlightParameters
{
    private static readonly FrozenDictionary<string, GoogleParameterInfo> Known = new Dictionary<string, GoogleParameterInfo>
    {
        ["src"] = new("advertiser id (the Campaign Manager 360 Floodlight configuration that receives the data)", Low),
        ["type"] = new("activity group", Medium),
        ["cat"] = new("activity tag (which activity was recorded)", Medium),
        ["ord"] = new("order id or random number (deduplication)", Low),
        ["num"] = new("random number (unique counting)", None),
        ["cost"] = new("revenue of the sale", Medium),
        ["qty"] = new("quantity of the sale", Medium),
        ["~oref"] = new("full URL of the page, query string included", High),
        ["auiddc"] = new("Google Ads / Floodlight first-party browser id (from the _gcl_au cookie)", Identifier, "_gcl_au"),
        ["gclaw"] = new("Google Ads click id of the ad click that brought the visitor (from the _gcl_aw cookie)", Identifier, "_gcl_aw"),
        ["gcldc"] = new("DoubleClick click id of the ad click that brought the visitor (from the _gcl_dc cookie)", Identifier, "_gcl_dc"),
        ["dc_rdid"] = new("mobile advertising id", Identifier),
        ["dc_lat"] = new("limit ad tracking requested", None),
        ["tfua"] = new("treat as under the age of consent", None),
        ["tag_for_child_directed_treatment"] = new("treat as directed at children", None),
        ["npa"] = new("non-personalised ads requested", None),
        ["dma"] = new("EU Digital Markets Act consent flag", None),
        ["gtm"] = new("Google tag build (encoded container and tag version)", None),
        ["dc_pre"] = new("pre-registration flag (undocumented; Omnibug leaves hits that carry it out)", Unknown),
        ["register_conversion"] = new("ask the browser to register an Attribution Reporting conversion", Low),
        ["match_id"] = new("match id the site set (ties the hit to its own records)", Identifier),
        ["em"] = new("Google user-data token: hashed e-mail, phone, name and address", Identifier),
        ["frm"] = new("sent from an iframe", Low),
        ["uaa"] = new("client hint: CPU architecture", Fingerprint),
        ["uab"] = new("client hint: CPU bitness", Fingerprint),
        ["uafvl"] = new("client hint: full browser version list", Fingerprint),
        ["uamb"] = new("client hint: mobile device", Fingerprint),
        ["uam"] = new("client hint: device model", Fingerprint),
        ["uap"] = new("client hint: platform", Fingerprint),
        ["uapv"] = new("client hint: platform version", Fingerprint),
        ["uaw"] = new("client hint: 64-bit Windows on ARM", Fingerprint),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly GoogleParameterInfo CustomVariable = new("custom Floodlight variable the site set (may hold page data)", High);

    public static GoogleParameterInfo Describe(string key)
    {
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        return key.Length > 1 && key[0] == 'u' && IsDigits(key.AsSpan(1)) ? CustomVariable : GoogleParameterInfo.Unknown;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
