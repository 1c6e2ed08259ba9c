using System.Collections.Frozen;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>
/// What each LinkedIn parameter (<c>/collect</c> query) and each <c>/wa/</c> JSON path means
/// (tracker-protocols-more.md, sections 1.0, 1.7 and 1.20). Knowledge is data here: the decoder only looks names up.
/// </summary>
internal static class LinkedInFields
{
    public const string InnerTextPath = "domAttributes.innerText";

    private const string Unconfirmed = "seen in captures, meaning unconfirmed";
    private const string ClickIdCookie = "li_fat_id";

    private static readonly FrozenDictionary<string, KnownField> Query = new Dictionary<string, KnownField>
    {
        ["pid"] = new("partner id: the LinkedIn advertiser account(s) that receive the data", Low),
        ["conversionId"] = new("conversion rule id: which of the advertiser's conversions this is", Medium),
        ["url"] = new("full URL of the page, query string included", High),
        ["time"] = new("time of the hit (ms since 1970)", Low),
        ["v"] = new("protocol version", None),
        ["fmt"] = new("response format (js, gif)", None),
        ["li_adsId"] = new("LinkedIn ads browser id (a uuid; meaning undocumented)", Identifier),
        ["tm"] = new("tag manager that installed the tag (gtmv2)", Low),
        ["cookiesTest"] = new("hit sent again after a cookie sync, to check the browser keeps LinkedIn's cookies", None),
        ["liSync"] = new("hit sent again after the cookie sync with linkedin.com", None),
        ["e_ipv6"] = new("the visitor's IPv6 address, hashed or encrypted", Identifier),
        ["li_fat_id"] = new("LinkedIn click id (first-party li_fat_id cookie): ties the visit to an ad click", Identifier, ClickIdCookie),
        ["puuid"] = new("the partner's id for the visitor, hashed", Identifier),
        ["hem"] = new("e-mail address, SHA-256 of the lower-cased address", Identifier),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, KnownField> Json = new Dictionary<string, KnownField>
    {
        ["pids[]"] = new("partner id: a LinkedIn advertiser account that receives the data", Low),
        ["signalType"] = new("kind of signal (PAGE_VISIT, CLICK...)", Medium),
        ["url"] = new("full URL of the page, query string included", High),
        ["pageTitle"] = new("page title", High),
        ["domain"] = new("the site's domain", Medium),
        ["time"] = new("time of the signal (ms since 1970)", Low),
        ["scriptVersion"] = new("library version", None),
        ["websiteSignalRequestId"] = new("signal id", Low),
        ["isTranslated"] = new("page was machine-translated", None),
        ["isLinkedInApp"] = new("page was opened in LinkedIn's in-app browser", Low),
        ["liFatId"] = new("LinkedIn click id (first-party li_fat_id cookie): ties the visit to an ad click", Identifier, ClickIdCookie),
        ["liGiant"] = new("LinkedIn id sent with the signal (liGiant; meaning undocumented)", Identifier),
        ["misc.psbState"] = new(Unconfirmed, Unknown),
        ["href"] = new("where the clicked element leads", High),
        ["domAttributes.tagName"] = new("HTML tag of the clicked element", None),
        [InnerTextPath] = new("text of the clicked element, as shown", High),
        ["domAttributes.elementType"] = new("type of the clicked element", Low),
        ["domAttributes.elementValue"] = new("value of the clicked element (what a form field holds)", High),
        ["domAttributes.elementTitle"] = new("title of the clicked element", High),
        ["domAttributes.elementSemanticType"] = new("what the clicked element is for", Low),
        ["domAttributes.imageSrc"] = new("image inside the clicked element", Medium),
        ["domAttributes.imageAlt"] = new("description of the image inside the clicked element", High),
        ["domAttributes.backgroundImageSrc"] = new("background image of the clicked element", Medium),
        ["domAttributes.isFormSubmission"] = new("the click submitted a form", Low),
        ["domAttributes.cursor"] = new("mouse cursor over the clicked element", None),
        ["elementCrumbsTree[].tagName"] = new("HTML tag of an element around the clicked one", None),
        ["elementCrumbsTree[].nthChild"] = new("position of an element around the clicked one", None),
        ["elementCrumbsTree[].classes[]"] = new("CSS class of an element around the clicked one", Medium),
        ["elementCrumbsTree[].attributes.href"] = new("where an element around the clicked one leads", High),
        ["isFilteredByClient"] = new("the library filtered the signal itself", None),
        ["hem"] = new("e-mail address, SHA-256 of the lower-cased address", Identifier),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, KnownField>.AlternateLookup<ReadOnlySpan<char>> JsonBySpan = Json.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly KnownField CrumbAttribute = new("attribute of an element around the clicked one", Medium);
    private static readonly KnownField InnerElement = new("an element inside the clicked one", High);

    public static KnownField DescribeParameter(string key, string value) =>
        Query.TryGetValue(key, out var info) ? Hashed(key, value, info) : KnownField.Unknown;

    public static KnownField DescribePath(string path, string value)
    {
        if (JsonPaths.TryDescribe(JsonBySpan, path, out var info))
        {
            return Hashed(path, value, info);
        }

        if (path.StartsWith("elementCrumbsTree[", StringComparison.Ordinal) && path.Contains(".attributes.", StringComparison.Ordinal))
        {
            return CrumbAttribute;
        }

        return path.StartsWith("innerElements", StringComparison.Ordinal) ? InnerElement : KnownField.Unknown;
    }

    // hem is the SHA-256 of the lower-cased e-mail address, or null when the tag knows none (section 1.7).
    private static KnownField Hashed(string key, string value, KnownField info)
    {
        if (key != "hem")
        {
            return info;
        }

        if (value.Length == 0 || value == "null")
        {
            return new("e-mail address hash: none known", Low);
        }

        return HashedText.IsSha256(value) ? info : info with { Meaning = info.Meaning + HashedText.NotHashed };
    }
}
