using System.Collections.Frozen;
using TrackerAudit.Trackers.Google;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.UniversalAnalytics;

/// <summary>
/// What each Universal Analytics Measurement Protocol (v1) parameter means (tracker-protocols-more.md §1.2, from
/// Google's protocol reference). Knowledge is data here: the decoder only looks names up.
/// </summary>
internal static class UniversalAnalyticsParameters
{
    private static readonly FrozenDictionary<string, GoogleParameterInfo> Known = new Dictionary<string, GoogleParameterInfo>
    {
        ["v"] = new("protocol version (1 = Universal Analytics)", None),
        ["_v"] = new("library version", None),
        ["tid"] = new("tracking id (the Universal Analytics property that receives the data)", Low),
        ["t"] = new("hit type (pageview, event, timing...)", Medium),
        ["cid"] = new("Google Analytics client id (from the first-party _ga cookie)", Identifier, "_ga"),
        ["_gid"] = new("Google Analytics daily client id (from the first-party _gid cookie)", Identifier, "_gid"),
        ["uid"] = new("User-ID the site gave (may be its own account id for the person)", Identifier),
        ["dl"] = new("full URL of the page, query string included", High),
        ["dh"] = new("host name of the page", Medium),
        ["dp"] = new("path of the page", High),
        ["dt"] = new("page title", High),
        ["dr"] = new("referrer (the previous page)", High),
        ["ec"] = new("event category the site set", High),
        ["ea"] = new("event action the site set", High),
        ["el"] = new("event label the site set", High),
        ["ev"] = new("event value", Medium),
        ["ni"] = new("non-interaction hit", None),
        ["ul"] = new("browser language", Fingerprint),
        ["de"] = new("document encoding", None),
        ["sd"] = new("screen colour depth", Fingerprint),
        ["sr"] = new("screen resolution", Fingerprint),
        ["vp"] = new("browser viewport size", Fingerprint),
        ["je"] = new("Java enabled", Fingerprint),
        ["fl"] = new("Flash version", Fingerprint),
        ["_u"] = new("library methods used (encoded)", None),
        ["_s"] = new("hit counter on this page", Low),
        ["a"] = new("page load id (random)", Low),
        ["jid"] = new("join id for Google Signals / DoubleClick", Low),
        ["gjid"] = new("join id for Google Signals / DoubleClick", Low),
        ["_r"] = new("display features requested", None),
        ["_slc"] = new("display features flag (undocumented)", Unknown),
        ["z"] = new("cache buster", None),
        ["aip"] = new("anonymise IP requested", None),
        ["npa"] = new("non-personalised ads requested", None),
        ["dma"] = new("EU Digital Markets Act consent flag", None),
        ["gtm"] = new("Google Tag Manager container build", None),
        ["did"] = new("ids of the Google tag developers (partner integrations)", None),
        ["tc"] = new("tag configuration flag (undocumented)", Unknown),
        ["sf"] = new("sample rate", None),
        ["_utma"] = new("legacy ga.js visitor cookie (__utma) carried over", Identifier),
        ["_utmz"] = new("legacy ga.js campaign cookie (__utmz) carried over", Medium),
        ["_utmht"] = new("time the legacy cookies were read", Low),
        ["utt"] = new("timing: duration (ms)", Low),
        ["utc"] = new("timing: category", Medium),
        ["utv"] = new("timing: variable", Medium),
        ["utl"] = new("timing: label", Medium),
        ["pa"] = new("e-commerce action", Medium),
        ["ti"] = new("transaction id", Medium),
        ["tr"] = new("transaction revenue", Medium),
        ["cu"] = new("currency", Low),
        ["exd"] = new("exception description", Medium),
        ["sn"] = new("social network", Medium),
        ["sa"] = new("social action", Medium),
        ["st"] = new("social action target", High),
        ["cd"] = new("screen name", High),
        ["linkid"] = new("id of the clicked link (enhanced link attribution)", High),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly GoogleParameterInfo CustomDimension = new("custom dimension the site set", High);
    private static readonly GoogleParameterInfo CustomMetric = new("custom metric the site set", Medium);
    private static readonly GoogleParameterInfo ContentGroup = new("content group the site set", High);
    private static readonly GoogleParameterInfo Product = new("e-commerce product or impression field", High);

    public static GoogleParameterInfo Describe(string key)
    {
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Indexed(key, "cd"))
        {
            return CustomDimension;
        }

        if (Indexed(key, "cm"))
        {
            return CustomMetric;
        }

        if (Indexed(key, "cg"))
        {
            return ContentGroup;
        }

        return (key.StartsWith("pr", StringComparison.Ordinal) || key.StartsWith("il", StringComparison.Ordinal))
            && key.Length > 2 && char.IsAsciiDigit(key[2]) ? Product : GoogleParameterInfo.Unknown;
    }

    // cd1, cd62, cm3...: the prefix followed only by digits.
    private static bool Indexed(string key, string prefix)
    {
        if (key.Length <= prefix.Length || !key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in key.AsSpan(prefix.Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
