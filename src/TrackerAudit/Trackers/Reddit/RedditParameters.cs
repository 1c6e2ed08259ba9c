using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Reddit;

/// <summary>
/// What each Reddit Pixel parameter means (tracker-protocols-more.md, section 1.15, after
/// <c>mbaersch/tracking-auditor-extension:lib/reddit.js</c> and Omnibug's <c>RedditPixel.js</c>).
/// </summary>
internal static class RedditParameters
{
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["id"] = ("advertiser id (the Reddit ads account that receives the data)", Low),
            ["event"] = ("event name", Medium),
            ["esurl"] = ("page URL the event happened on", High),
            ["uuid"] = ("Reddit browser id (first-party _rdt_uuid cookie)", Identifier),
            ["em"] = ("hashed e-mail address", Identifier),
            ["pn"] = ("hashed phone number", Identifier),
            ["external_id"] = ("the site's own id for the person, hashed", Identifier),
            ["auto_em"] = ("hashed e-mail addresses the pixel collected from the page by itself", Identifier),
            ["auto_pn"] = ("hashed phone numbers the pixel collected from the page by itself (weight~hash|...)", Identifier),
            ["v"] = ("library version", None),
            ["opt_out"] = ("the site asked Reddit not to use the event for targeting (limited data use)", None),
            ["ts"] = ("time of the event (ms since 1970)", Low),
            ["m.customEventName"] = ("name of a custom event", Medium),
            ["m.value"] = ("conversion value", Medium),
            ["m.valueDecimal"] = ("conversion value (comma decimal)", Medium),
            ["m.currency"] = ("currency of the value", Low),
            ["m.transactionId"] = ("the site's transaction id", Low),
            ["m.conversionId"] = ("conversion id, for deduplication with server-side events", Low),
            ["m.products"] = ("products the event is about", High),
            ["m.itemCount"] = ("number of items", Medium),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string key) =>
        Known.TryGetValue(key, out var known) ? known
        : key.StartsWith("m.", StringComparison.Ordinal) ? ("event metadata the site sent", High)
        : (null, Unknown);

    public static string? CookieOf(string key) => key == "uuid" ? "_rdt_uuid" : null;

    /// <summary>What a Reddit event name stands for.</summary>
    public static EventMeaning MeaningOf(string name) => name switch
    {
        "PageVisit" => EventMeaning.PageView,
        "AddToCart" or "AddToWishlist" or "Purchase" or "Lead" or "SignUp" => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
