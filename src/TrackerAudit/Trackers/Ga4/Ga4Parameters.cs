using System.Collections.Frozen;
using TrackerAudit.Trackers.Google;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Ga4;

/// <summary>
/// What each GA4 Measurement Protocol (<c>/g/collect</c>) parameter means (tracker-protocols-more.md §1.1).
/// Knowledge is data here: the decoder only looks names up.
/// </summary>
internal static class Ga4Parameters
{
    private static readonly FrozenDictionary<string, GoogleParameterInfo> Known = new Dictionary<string, GoogleParameterInfo>
    {
        ["v"] = new("protocol version (2 = GA4)", None),
        ["tid"] = new("measurement id (the GA4 property that receives the data)", Low),
        ["gtm"] = new("Google tag build (encoded container and tag version)", None),
        ["tag_exp"] = new("Google tag experiments", None),
        ["ptag_exp"] = new("Google tag experiments", None),
        ["_p"] = new("page load id (random number, or the page's load time in ms since 1970)", Low),
        ["_s"] = new("hit counter on this page", Low),
        ["tfd"] = new("ms since the page loaded", Low),
        ["dl"] = new("full URL of the page, query string included", High),
        ["dr"] = new("referrer (the previous page)", High),
        ["dt"] = new("page title", High),
        ["en"] = new("event name", Medium),
        ["_c"] = new("the event is a conversion (key event)", Low),
        ["_ee"] = new("external event (sent by site code, not the tag)", Low),
        ["cu"] = new("currency", Low),
        ["uid"] = new("User-ID the site gave (may be its own account id for the person)", Identifier),
        ["cid"] = new("Google Analytics client id (from the first-party _ga cookie)", Identifier, "_ga"),
        ["sid"] = new("session id (session start, s since 1970; from the _ga_<container> cookie)", Identifier),
        ["sct"] = new("number of sessions of this browser", Low),
        ["seg"] = new("engaged session (1) or not (0)", Low),
        ["_fv"] = new("first visit of this browser", Low),
        ["_ss"] = new("start of a session", Low),
        ["_nsi"] = new("new session id", Low),
        ["_et"] = new("engagement time (ms)", Low),
        ["ul"] = new("browser language", Fingerprint),
        ["sr"] = new("screen resolution", Fingerprint),
        ["uaa"] = new("client hint: CPU architecture", Fingerprint),
        ["uab"] = new("client hint: CPU bitness", Fingerprint),
        ["uafvl"] = new("client hint: full browser version list", Fingerprint),
        ["uamb"] = new("client hint: mobile device", Fingerprint),
        ["uam"] = new("client hint: device model", Fingerprint),
        ["uap"] = new("client hint: platform", Fingerprint),
        ["uapv"] = new("client hint: platform version", Fingerprint),
        ["uaw"] = new("client hint: 64-bit Windows on ARM", Fingerprint),
        ["dma"] = new("EU Digital Markets Act consent flag", None),
        ["dma_cps"] = new("EU Digital Markets Act consent purposes", None),
        ["npa"] = new("non-personalised ads requested", None),
        ["_eu"] = new("tag state flags (undocumented)", Unknown),
        ["are"] = new("Attribution Reporting API available", Low),
        ["pae"] = new("Protected Audience API available", Low),
        ["frm"] = new("sent from an iframe", Low),
        ["_gaz"] = new("Google Signals flag (undocumented)", Unknown),
        ["gdid"] = new("ids of the Google tag developers (partner integrations)", None),
        ["aip"] = new("anonymise IP requested", None),
        ["em"] = new("Google user-data token: hashed e-mail, phone, name and address", Identifier),
        ["ecid"] = new("enhanced-conversions id (undocumented)", Unknown),
        ["_dbg"] = new("debug mode", None),
        ["ir"] = new("ads personalisation off (undocumented)", Unknown),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, GoogleParameterInfo> KnownEventParameters = new Dictionary<string, GoogleParameterInfo>
    {
        ["ep.form_id"] = new("id of the form (automatic form_start/form_submit)", High),
        ["ep.form_name"] = new("name of the form (automatic form_start/form_submit)", High),
        ["ep.form_destination"] = new("URL the form submits to (automatic form_start/form_submit)", High),
        ["epn.form_length"] = new("number of fields in the form (automatic form_start)", Medium),
        ["ep.first_field_id"] = new("id of the first field the visitor used (automatic form_start)", High),
        ["ep.first_field_name"] = new("name of the first field the visitor used (automatic form_start)", High),
        ["ep.first_field_type"] = new("type of the first field the visitor used (automatic form_start)", High),
        ["epn.first_field_position"] = new("position of the first field the visitor used (automatic form_start)", Medium),
        ["ep.form_submit_text"] = new("text of the button that submitted the form (automatic form_submit)", High),
        ["ep.link_url"] = new("URL of the clicked link (automatic outbound click or file download)", High),
        ["ep.link_text"] = new("text of the clicked link", High),
        ["ep.link_domain"] = new("domain of the clicked link", High),
        ["ep.link_id"] = new("id of the clicked link", High),
        ["ep.link_classes"] = new("classes of the clicked link", High),
        ["ep.outbound"] = new("the clicked link leaves the site", Medium),
        ["ep.file_name"] = new("name of the downloaded file", High),
        ["ep.file_extension"] = new("type of the downloaded file", Medium),
        ["epn.percent_scrolled"] = new("how far down the page the visitor scrolled (%)", Medium),
        ["ep.search_term"] = new("what the visitor searched for on the site", High),
        ["ep.video_title"] = new("title of the video watched", High),
        ["ep.video_url"] = new("URL of the video watched", High),
        ["ep.event_category"] = new("event category the site set", High),
        ["ep.event_label"] = new("event label the site set", High),
        ["ep.event_action"] = new("event action the site set", High),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly GoogleParameterInfo EventParameter = new("event parameter the site or the tag set", High);
    private static readonly GoogleParameterInfo EventNumber = new("numeric event parameter the site or the tag set", Medium);
    private static readonly GoogleParameterInfo UserProperty = new("user property the site set (describes the person)", High);
    private static readonly GoogleParameterInfo UserData = new("user data for enhanced conversions (hashed or clear e-mail, phone, name, address)", Identifier);
    private static readonly GoogleParameterInfo Item = new("e-commerce item (id~name~...)", High);

    public static GoogleParameterInfo Describe(string key)
    {
        if (Known.TryGetValue(key, out var known) || KnownEventParameters.TryGetValue(key, out known))
        {
            return known;
        }

        if (key.StartsWith("ep.user_data.", StringComparison.Ordinal) || key.StartsWith("user_data.", StringComparison.Ordinal))
        {
            return UserData;
        }

        if (key.StartsWith("ep.", StringComparison.Ordinal))
        {
            return EventParameter;
        }

        if (key.StartsWith("epn.", StringComparison.Ordinal))
        {
            return EventNumber;
        }

        if (key.StartsWith("up.", StringComparison.Ordinal) || key.StartsWith("upn.", StringComparison.Ordinal))
        {
            return UserProperty;
        }

        return key.Length > 2 && key[0] == 'p' && key[1] == 'r' && char.IsAsciiDigit(key[2]) ? Item : GoogleParameterInfo.Unknown;
    }
}
