using System.Collections.Frozen;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.TikTok;

/// <summary>
/// What each path of a TikTok Pixel payload means (tracker-protocols-more.md, sections 1.0, 1.6 and 1.20), keyed
/// by the flattened JSON path with array indexes emptied. Knowledge is data here: the decoder only looks paths up.
/// </summary>
internal static class TikTokFields
{
    public const string AutoCollected = "auto_collected_properties";
    public const string ContentData = AutoCollected + ".content_data";
    public const string ClickedTextPath = AutoCollected + ".trigger_element.inner_text";

    private const string Unconfirmed = "seen in captures, meaning unconfirmed";
    private const string UserPrefix = "context.user.";
    private const string PropertiesPrefix = "properties.";
    private const string DiagnosticsPrefix = "signal_diagnostic_labels.";
    private const string TriggerAttributesPrefix = AutoCollected + ".trigger_element.attributes.";

    private static readonly FrozenDictionary<string, KnownField> Known = new Dictionary<string, KnownField>
    {
        ["event"] = new("event name", Medium),
        ["action"] = new("automatic action (Click, Metadata) the library captured by itself", Medium),
        ["event_id"] = new("event id, for deduplication with server-side events", Low),
        ["message_id"] = new("message id", Low),
        ["timestamp"] = new("time of the event", Low),
        ["is_onsite"] = new("event sent from inside TikTok (on-site)", None),
        ["partner"] = new("integration that installed the pixel (e.g. GoogleTagManagerClient)", Low),
        ["context.pixel.code"] = new("pixel code (the advertiser account that receives the data)", Low),
        ["context.pixel.codes"] = new("every pixel code that receives this action, separated by |", Low),
        ["context.pixel.runtime"] = new(Unconfirmed, Unknown),
        ["context.page.url"] = new("full URL of the page, query string included", High),
        ["context.page.referrer"] = new("referrer (the previous page)", High),
        ["context.page.load_progress"] = new("how far the page had loaded", None),
        ["context.user.anonymous_id"] = new("TikTok browser id (the site's first-party _ttp cookie)", Identifier, "_ttp"),
        ["context.library.name"] = new("library name", None),
        ["context.library.version"] = new("library version", None),
        ["context.device.platform"] = new("device platform (pc, ios, android)", Low),
        ["context.session_id"] = new("TikTok session id: ties this visit's events together", Identifier),
        ["context.pageview_id"] = new("page view id: ties this page's events together", Low),
        ["context.csid"] = new("session id (csid)", Low),
        ["context.page_csid"] = new("page session id (page_csid)", Low),
        ["context.variation_id"] = new("library experiment variant", None),
        ["context.userAgent"] = new("browser user agent", Fingerprint),
        ["context.index"] = new("running count of actions on this page", Low),
        ["context.ad.sdk_env"] = new("where the library runs (external site, in-app browser)", None),
        ["context.ad.jsb_status"] = new("in-app browser bridge status", None),
        ["context.ad.callback"] = new("TikTok click id (ttclid): ties the visit to an ad click", Identifier),
        ["properties.value"] = new("value of the conversion", Medium),
        ["properties.currency"] = new("currency of the value", Low),
        ["properties.content_id"] = new("id of the product or content", Medium),
        ["properties.content_ids[]"] = new("ids of the products or content", Medium),
        ["properties.content_type"] = new("kind of content (product, product_group)", Low),
        ["properties.content_name"] = new("name of the page or product", High),
        ["properties.content_category"] = new("category of the page or product", High),
        ["properties.description"] = new("description the site sent with the event", High),
        ["properties.query"] = new("what the person searched for", High),
        ["properties.contents[].content_id"] = new("id of a product or content", Medium),
        ["properties.contents[].content_name"] = new("name of a product or content", High),
        ["properties.contents[].content_category"] = new("category of a product or content", High),
        ["properties.contents[].quantity"] = new("quantity of a product", Low),
        ["properties.contents[].price"] = new("price of a product", Low),
        [AutoCollected + ".page_trigger"] = new("what made the library capture this (PageView, Click)", Low),
        [AutoCollected + ".trigger_element.tag"] = new("HTML tag of the clicked element", None),
        [ClickedTextPath] = new("text of the clicked element, as shown", High),
        [AutoCollected + ".trigger_element.xpath"] = new("where the clicked element is in the page (XPath)", Medium),
        [AutoCollected + ".trigger_element.num_child_buttons"] = new("number of buttons inside the clicked element", None),
        [AutoCollected + ".trigger_element.timestamp"] = new("time of the click", Low),
        [AutoCollected + ".trigger_element.position.x"] = new("where on the page the click was (x)", Low),
        [AutoCollected + ".trigger_element.position.y"] = new("where on the page the click was (y)", Low),
        [ContentData + ".open_graph"] = new("the page's OpenGraph tags, read automatically (JSON)", High),
        [ContentData + ".microdata"] = new("the page's microdata, read automatically (JSON)", High),
        [ContentData + ".json_ld"] = new("the page's JSON-LD structured data, read automatically (JSON)", High),
        [ContentData + ".meta"] = new("the page's title and meta tags, read automatically (JSON)", High),
        [ContentData + ".meta.title"] = new("page title", High),
        [ContentData + ".meta.description"] = new("page description (meta tag)", High),
        [ContentData + ".meta.keywords"] = new("page keywords (meta tag)", High),
        [ContentData + ".open_graph.og:title"] = new("page title (OpenGraph)", High),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Advanced matching: section 1.6 "Hashed PII", normally SHA-256 hex.
    private static readonly FrozenDictionary<string, string> UserData = new Dictionary<string, string>
    {
        ["email"] = "e-mail address",
        ["phone_number"] = "phone number",
        ["external_id"] = "the site's own id for the person",
        ["first_name"] = "first name",
        ["last_name"] = "last name",
        ["zip_code"] = "zip or postal code",
        ["city"] = "city",
        ["state"] = "state or region",
        ["country"] = "country",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, KnownField>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UserDataBySpan = UserData.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly KnownField CustomData = new("custom data the site sent with the event", Unknown);
    private static readonly KnownField Diagnostic = new("TikTok's verdict on the personal data the page gave it (missing, valid, invalid)", Low);
    private static readonly KnownField ElementAttribute = new("attribute of the clicked element", Medium);
    private static readonly KnownField PageData = new("the page's metadata, read automatically", High);

    public static KnownField Describe(string path, string value)
    {
        if (JsonPaths.TryDescribe(KnownBySpan, path, out var info))
        {
            return info;
        }

        if (path.StartsWith(UserPrefix, StringComparison.Ordinal) && UserDataBySpan.TryGetValue(path.AsSpan(UserPrefix.Length), out var what))
        {
            // An empty value says the field was not known; it tells nothing about the person.
            return value.Length == 0 || value == "null"
                ? new($"{what} (advanced matching): empty", Low)
                : new($"{what}, SHA-256 (advanced matching){(HashedText.IsSha256(value) ? "" : HashedText.NotHashed)}", Identifier);
        }

        if (path.StartsWith(PropertiesPrefix, StringComparison.Ordinal))
        {
            return CustomData;
        }

        if (path.StartsWith(DiagnosticsPrefix, StringComparison.Ordinal))
        {
            return Diagnostic;
        }

        if (path.StartsWith(TriggerAttributesPrefix, StringComparison.Ordinal))
        {
            return path.EndsWith(".href", StringComparison.Ordinal) ? new("where the clicked element leads", High) : ElementAttribute;
        }

        return path.StartsWith(ContentData, StringComparison.Ordinal) ? PageData : KnownField.Unknown;
    }

    /// <summary>The automatic page-metadata values that are JSON text inside the JSON payload, flattened once more.</summary>
    public static bool IsNestedJson(string path) => path.StartsWith(ContentData, StringComparison.Ordinal)
        && path.Length > ContentData.Length && path.AsSpan(ContentData.Length + 1).IndexOfAny('.', '[') < 0;
}
