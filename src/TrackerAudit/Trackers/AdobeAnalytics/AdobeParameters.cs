using System.Collections.Frozen;
using System.Globalization;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.AdobeAnalytics;

/// <summary>
/// What each Adobe Analytics (AppMeasurement) parameter means (tracker-protocols-more.md, section 1.16, after
/// Omnibug's <c>AdobeAnalytics.js</c> and Adobe's data collection query parameter reference).
/// </summary>
internal static class AdobeParameters
{
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known = Build();

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key)
    {
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        if (key.StartsWith("cid.", StringComparison.Ordinal))
        {
            return ("customer id the site gave Adobe (visitor.setCustomerIDs)", Identifier);
        }

        return key.StartsWith("c.", StringComparison.Ordinal) ? ("context data the site sent", High) : (null, Unknown);
    }

    /// <summary>The first-party cookie a visitor id parameter carries; <paramref name="organisation"/> names Adobe's <c>AMCV_</c> cookie.</summary>
    public static string? CookieOf(string key, string? organisation) => key switch
    {
        "mid" => organisation is null ? "AMCV_" : "AMCV_" + organisation,
        "aid" => "s_vi",
        "fid" => "s_fid",
        _ => null,
    };

    private static FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Build()
    {
        var known = new Dictionary<string, (string, FieldSensitivity)>(StringComparer.Ordinal)
        {
            ["AQB"] = ("start of the parameters", None),
            ["AQE"] = ("end of the parameters (the request was not cut short)", None),
            ["pageName"] = ("page name (the site's name for the page, often its title)", High),
            ["g"] = ("full URL of the page", High),
            ["r"] = ("referrer (the previous page)", High),
            ["events"] = ("success events the site counted (event<N>[=value], purchase, scAdd...)", Medium),
            ["products"] = ("products (category;product;quantity;price;events;eVars)", High),
            ["pe"] = ("link tracking type (lnk_o custom link, lnk_d download, lnk_e exit link)", Medium),
            ["pev1"] = ("URL of the tracked link", High),
            ["pev2"] = ("name of the tracked link", High),
            ["pev3"] = ("media or link detail", Medium),
            ["mid"] = ("Experience Cloud visitor id (ECID; AMCV_<org> cookie, or s_ecid on a first-party CNAME)", Identifier),
            ["aid"] = ("legacy Analytics visitor id (s_vi cookie)", Identifier),
            ["vid"] = ("visitor id the site set itself", Identifier),
            ["fid"] = ("fallback visitor id (s_fid cookie)", Identifier),
            ["sdid"] = ("supplemental data id (joins this hit to Adobe Target and other Experience Cloud data)", Identifier),
            ["mcorgid"] = ("Experience Cloud organisation id (the company's Adobe account)", Low),
            ["aamb"] = ("Audience Manager blob (encrypted audience data)", Identifier),
            ["aamlh"] = ("Audience Manager location hint (data centre region)", Low),
            ["mcaid"] = ("legacy Analytics id migrated to the Experience Cloud", Identifier),
            ["t"] = ("local time of the hit (day/month from 0/year h:m:s weekday time-zone offset)", Low),
            ["ts"] = ("time stamp of the hit", Low),
            ["ce"] = ("character set of the page", None),
            ["cl"] = ("cookie lifetime setting", None),
            ["cc"] = ("currency", Low),
            ["server"] = ("server (site) name", Low),
            ["ch"] = ("site section (channel)", Medium),
            ["c"] = ("screen colour depth", Fingerprint),
            ["s"] = ("screen resolution", Fingerprint),
            ["bw"] = ("browser window width", Fingerprint),
            ["bh"] = ("browser window height", Fingerprint),
            ["j"] = ("JavaScript version", Fingerprint),
            ["v"] = ("Java enabled", Fingerprint),
            ["k"] = ("cookies enabled", Fingerprint),
            ["p"] = ("browser plug-ins", Fingerprint),
            ["ct"] = ("connection type", Fingerprint),
            ["hp"] = ("page is the browser's home page", Low),
            ["ndh"] = ("request came from the JavaScript library", None),
            ["pf"] = ("library flag", None),
            ["cdp"] = ("cookie domain periods setting", None),
            ["pccr"] = ("redirect guard set", None),
            ["vvp"] = ("variable provider", None),
            ["xact"] = ("transaction id", Low),
            ["purchaseID"] = ("purchase id (deduplicates orders)", Low),
            ["zip"] = ("postcode the site sent", High),
            ["state"] = ("state or region the site sent", High),
            ["pageType"] = ("page type (errorPage for a 404)", Low),
            ["lrt"] = ("time the previous link request took (ms)", None),
            ["mtp"] = ("media tracking flag", None),
        };

        // Props (traffic variables), eVars (conversion variables), hierarchies and list variables: whatever the site
        // chose to put in them, often the page, the search, a form's answers or the user's profile.
        for (var i = 1; i <= 75; i++)
        {
            known["c" + i.ToString(CultureInfo.InvariantCulture)] = ($"prop{i.ToString(CultureInfo.InvariantCulture)} (traffic variable the site set)", High);
        }

        for (var i = 1; i <= 250; i++)
        {
            known["v" + i.ToString(CultureInfo.InvariantCulture)] = ($"eVar{i.ToString(CultureInfo.InvariantCulture)} (conversion variable the site set)", High);
        }

        for (var i = 1; i <= 5; i++)
        {
            known["h" + i.ToString(CultureInfo.InvariantCulture)] = ("hierarchy variable the site set", High);
        }

        for (var i = 1; i <= 3; i++)
        {
            known["l" + i.ToString(CultureInfo.InvariantCulture)] = ("list variable the site set", High);
        }

        known["c.a.activitymap.link"] = ("text of the link or button clicked (Activity Map)", High);
        known["c.a.activitymap.region"] = ("region of the page the click was in (Activity Map)", Medium);
        known["c.a.activitymap.page"] = ("page the click was on (Activity Map)", High);
        known["c.a.activitymap.pageIDType"] = ("how Activity Map names pages", None);
        known["cid.userid.id"] = ("customer id the site gave Adobe (visitor.setCustomerIDs)", Identifier);
        known["cid.userid.as"] = ("authentication state of that customer id (0 unknown, 1 logged in, 2 logged out)", Low);
        return known.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
