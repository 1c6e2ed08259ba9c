using System.Collections.Frozen;
using TrackerAudit.Trackers.Google;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.GoogleAds;

/// <summary>
/// What each Google Ads remarketing, conversion and measurement parameter means (tracker-protocols-more.md §1.3).
/// Knowledge is data here: the decoder only looks names up.
/// </summary>
internal static class GoogleAdsParameters
{
    private static readonly FrozenDictionary<string, GoogleParameterInfo> Known = new Dictionary<string, GoogleParameterInfo>
    {
        ["url"] = new("full URL of the page, query string included", High),
        ["ref"] = new("referrer (the previous page)", High),
        ["tiba"] = new("page title", High),
        ["data"] = new("event and its parameters (event=<name>;key=value;...)", High),
        ["label"] = new("conversion label (which conversion action of the account)", Low),
        ["value"] = new("conversion value", Medium),
        ["currency_code"] = new("conversion currency", Low),
        ["oid"] = new("order id of the conversion", Medium),
        ["bttype"] = new("conversion type (undocumented)", Low),
        ["item"] = new("items of the conversion ((price*quantity*sku)...)", High),
        ["auid"] = new("Google Ads first-party browser id (from the _gcl_au cookie)", Identifier, "_gcl_au"),
        ["gclaw"] = new("Google Ads click id of the ad click that brought the visitor (from the _gcl_aw cookie)", Identifier, "_gcl_aw"),
        ["gclid"] = new("Google Ads click id of the ad click that brought the visitor", Identifier),
        ["gclgb"] = new("Google Ads click id (braid) of the ad click that brought the visitor", Identifier, "_gcl_gb"),
        ["cid"] = new("Google's encrypted id of the browser (first-party remarketing list)", Identifier),
        ["em"] = new("Google user-data token: hashed e-mail, phone, name and address", Identifier),
        ["emd"] = new("how the user data was found (enhanced conversions, undocumented)", Low),
        ["ec_mode"] = new("how the user data was found: automatically on the page or set by the site", Low),
        ["capi"] = new("user data sent through the conversion API (undocumented)", Low),
        ["ecsid"] = new("enhanced-conversions session id (undocumented)", Unknown),
        ["tid"] = new("Google tag id the hit is for (AW-, DC- or G-)", Low),
        ["en"] = new("event name", Medium),
        ["dl"] = new("full URL of the page, query string included", High),
        ["dt"] = new("page title", High),
        ["dr"] = new("referrer (the previous page)", High),
        ["npa"] = new("non-personalised ads requested", None),
        ["dma"] = new("EU Digital Markets Act consent flag", None),
        ["dma_cps"] = new("EU Digital Markets Act consent purposes", None),
        ["random"] = new("cache buster", None),
        ["cv"] = new("tag version", None),
        ["fst"] = new("time the tag first ran on the page (ms since 1970)", Low),
        ["num"] = new("counter of this tag's hits on the page", Low),
        ["bg"] = new("background colour of the tag's frame", None),
        ["guid"] = new("ask Google to read its cookies (ON)", None),
        ["async"] = new("tag loaded asynchronously", None),
        ["gtm"] = new("Google tag build (encoded container and tag version)", None),
        ["tag_exp"] = new("Google tag experiments", None),
        ["hn"] = new("host the tag was served from", None),
        ["frm"] = new("sent from an iframe (0 no, 1 or 2 yes)", Low),
        ["did"] = new("ids of the Google tag developers (partner integrations)", None),
        ["gdid"] = new("ids of the Google tag developers (partner integrations)", None),
        ["fledge"] = new("Protected Audience (FLEDGE) available", Low),
        ["rfmt"] = new("response format", None),
        ["fmt"] = new("response format", None),
        ["resp"] = new("response token (undocumented)", Unknown),
        ["eid"] = new("Google experiment ids", None),
        ["sendb"] = new("sent by sendBeacon", None),
        ["ig"] = new("interest-group join allowed (undocumented)", Low),
        ["is_vtc"] = new("view-through conversion (remarketing) copy", None),
        ["ipr"] = new("first-party copy flag (undocumented)", Unknown),
        ["rmt_tld"] = new("remarketing on a country domain of Google", None),
        ["ocp_id"] = new("id of the conversion ping (undocumented)", Low),
        ["ctc_id"] = new("conversion tracking id (undocumented)", Low),
        ["ct_cookie_present"] = new("Google's conversion cookie was present", Low),
        ["sscte"] = new("conversion tracking flag (undocumented)", Unknown),
        ["crd"] = new("Attribution Reporting data", Low),
        ["pscrd"] = new("Attribution Reporting data", Low),
        ["u_w"] = new("screen width", Fingerprint),
        ["u_h"] = new("screen height", Fingerprint),
        ["u_aw"] = new("available screen width", Fingerprint),
        ["u_ah"] = new("available screen height", Fingerprint),
        ["u_cd"] = new("screen colour depth", Fingerprint),
        ["u_his"] = new("length of the tab's history", Fingerprint),
        ["u_tz"] = new("time zone offset (minutes)", Fingerprint),
        ["u_java"] = new("Java enabled", Fingerprint),
        ["u_nplug"] = new("number of browser plug-ins", Fingerprint),
        ["u_nmime"] = new("number of MIME types", Fingerprint),
        ["uaa"] = new("client hint: CPU architecture", Fingerprint),
        ["uab"] = new("client hint: CPU bitness", Fingerprint),
        ["uafvl"] = new("client hint: full browser version list", Fingerprint),
        ["uamb"] = new("client hint: mobile device", Fingerprint),
        ["uam"] = new("client hint: device model", Fingerprint),
        ["uap"] = new("client hint: platform", Fingerprint),
        ["uapv"] = new("client hint: platform version", Fingerprint),
        ["uaw"] = new("client hint: 64-bit Windows on ARM", Fingerprint),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly GoogleParameterInfo EventName = new("event name", Medium);
    private static readonly GoogleParameterInfo EventParameter = new("event parameter the site or the tag set", High);

    public static GoogleParameterInfo Describe(string key) => Known.TryGetValue(key, out var known) ? known : GoogleParameterInfo.Unknown;

    /// <summary>A piece of the <c>data</c> parameter: its <c>event</c>, or a parameter of the event.</summary>
    public static GoogleParameterInfo DescribeData(string key) => key == "event" ? EventName : EventParameter;
}
