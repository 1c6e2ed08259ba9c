using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.HubSpot;

/// <summary>
/// What each HubSpot parameter means (reference tracker-protocols-more.md section 1.12, the identifier-cookie table
/// of section 1.0): the tracking beacons' query, the <c>identify</c> payload in <c>i</c>, and the Collected Forms body.
/// </summary>
internal static class HubSpotParameters
{
    private const string Inferred = " (inferred from captures)";

    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["k"] = ("kind of hit (1 page view, 15 form view, 14 feed view)", Medium),
            ["a"] = ("HubSpot portal (hub) id: the account that receives the data", Low),
            ["pu"] = ("full URL of the page", High),
            ["t"] = ("page title", High),
            ["r"] = ("referrer (the previous page)", High),
            ["rcu"] = ("current URL of the page", High),
            ["po"] = ("path of the page", High),
            ["ct"] = ("content type of the page", Low),
            ["vi"] = ("HubSpot visitor id (the hubspotutk cookie)", Identifier),
            ["u"] = ("HubSpot visitor cookie __hstc: domain hash, visitor id, first, last and current visit times, visit number", Identifier),
            ["b"] = ("HubSpot session cookie __hssc: domain hash, page count, session start", Identifier),
            ["bfp"] = ("browser fingerprint: a hash that is the same on every hit from one browser (undocumented)", Fingerprint),
            ["sd"] = ("screen size", Fingerprint),
            ["cd"] = ("screen colour depth", Fingerprint),
            ["cs"] = ("character set of the page", None),
            ["ln"] = ("browser language", Fingerprint),
            ["v"] = ("tracking code version", None),
            ["cts"] = ("time of the hit (ms since 1970)", Low),
            ["nc"] = ("first hit of a new visitor" + Inferred, Low),
            ["cc"] = ("seen in captures, meaning unconfirmed", Unknown),
            ["fi"] = ("ids of the forms on the page", Medium),
            ["fci"] = ("ids of the forms on the page", Medium),
            ["ft"] = ("types of the forms on the page", Low),
            ["n"] = ("custom behavioural event name", Medium),
            ["id"] = ("event name", Medium),
            ["value"] = ("event value", Medium),
            ["i"] = ("identify payload: who the visitor is, in cleartext (a query string)", Identifier),
            ["_hs_tag_name"] = ("HTML tag of the clicked element", Low),
            ["_hs_element_text"] = ("text of the clicked element", High),
            ["_hs_link_href"] = ("where the clicked link leads", High),
            ["_hs_element_id"] = ("HTML id of the clicked element", Medium),
            ["_hs_element_class"] = ("CSS classes of the clicked element", Medium),
            ["_hs_is_navigation"] = ("the click navigates away", Low),
            ["portalId"] = ("HubSpot portal (hub) id: the account that receives the data", Low),
            ["pageUrl"] = ("full URL of the page", High),
            ["pageTitle"] = ("page title", High),
            ["utk"] = ("HubSpot visitor id (the hubspotutk cookie)", Identifier),
            ["collectedFormId"] = ("id HubSpot gave the scraped form", Medium),
            ["type"] = ("how the form was collected (SCRAPED: read from the page's own form)", Low),
            ["version"] = ("Collected Forms version", None),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Contact properties of identify() and Collected Forms' contactFields, lower-cased.
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Contact =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["email"] = ("e-mail address, in cleartext", Identifier),
            ["phone"] = ("phone number, in cleartext", Identifier),
            ["mobilephone"] = ("mobile phone number, in cleartext", Identifier),
            ["id"] = ("the site's own id for the visitor", Identifier),
            ["firstname"] = ("first name, in cleartext", High),
            ["lastname"] = ("last name, in cleartext", High),
            ["company"] = ("company, in cleartext", High),
            ["jobtitle"] = ("job title, in cleartext", High),
            ["city"] = ("city, in cleartext", High),
            ["state"] = ("state, in cleartext", High),
            ["zip"] = ("postal code, in cleartext", High),
            ["country"] = ("country, in cleartext", Medium),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key) =>
        Known.TryGetValue(key, out var info) ? info
        : key.Length > 1 && key[0] == '_' ? ("custom event property the site sent", Unknown)
        : (null, Unknown);

    /// <summary>A field of the <c>identify</c> payload or of Collected Forms' <c>contactFields</c>.</summary>
    public static (string Meaning, FieldSensitivity Sensitivity) DescribeContact(string key) =>
        Contact.TryGetValue(key, out var info) ? info : ("contact property, in cleartext", High);

    /// <summary>A value the visitor typed into a form HubSpot collected (<c>formValues</c>): everything they typed, in cleartext.</summary>
    public static (string Meaning, FieldSensitivity Sensitivity) DescribeFormValue(string label, string value) =>
        value.Contains('@', StringComparison.Ordinal) || label.Contains("mail", StringComparison.OrdinalIgnoreCase)
            ? ("form field the visitor filled in, sent in cleartext (an e-mail address)", Identifier)
            : ("form field the visitor filled in, sent in cleartext", High);

    /// <summary>The first-party cookie a parameter carries (reference 1.0: hubspotutk is vi, __hstc is u, __hssc is b).</summary>
    public static string? CookieOf(string key) => key switch
    {
        "vi" or "utk" => "hubspotutk",
        "u" => "__hstc",
        "b" => "__hssc",
        _ => null,
    };
}
