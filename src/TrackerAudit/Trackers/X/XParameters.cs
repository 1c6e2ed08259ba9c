using System.Collections.Frozen;
using System.Globalization;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.X;

/// <summary>
/// What each X pixel parameter means (tracker-protocols-more.md, sections 1.8 and 1.20). Knowledge is data here:
/// the decoder only looks names up.
/// </summary>
internal static class XParameters
{
    private const string Unconfirmed = "seen in captures, meaning unconfirmed";

    private static readonly FrozenDictionary<string, KnownField> Known = new Dictionary<string, KnownField>
    {
        ["txn_id"] = new("pixel id (the advertiser's website tag) or event tag id", Low),
        ["p_id"] = new("pixel provider (Twitter)", Low),
        ["type"] = new("tag type (javascript)", None),
        ["version"] = new("library version", None),
        ["events"] = new("events (JSON: [[name, data]])", Medium),
        ["event"] = new("event data (JSON)", Medium),
        ["tw_document_href"] = new("full URL of the page, query string included", High),
        ["tw_iframe_status"] = new("page is inside an iframe (0 or 1)", Low),
        ["tw_sale_amount"] = new("sale amount", Medium),
        ["tw_order_quantity"] = new("order quantity", Medium),
        ["event_id"] = new("event id (a uuid), for deduplication", Low),
        ["pl_id"] = new("page-load id: ties this page's hits together", Low),
        ["bci"] = new(Unconfirmed, Unknown),
        ["eci"] = new(Unconfirmed, Unknown),
        ["tpx_cb"] = new("name of the library's callback", None),
        ["integration"] = new("how the tag was installed (advertiser, gtm)", Low),
        ["dv"] = new("device descriptor: time zone, language, vendor, platform, screen", Fingerprint),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The pieces of dv, in the order section 1.8 gives them; the rest are screen metrics.
    private static readonly string[] DeviceParts = ["timezone", "language", "vendor", "platform"];

    private static readonly KnownField EventData = new("event data the site sent", Unknown);

    public static KnownField Describe(string key, string value)
    {
        if (Known.TryGetValue(key, out var info))
        {
            return info;
        }

        switch (key)
        {
            case "p_user_id":
                return value is "" or "0" ? new("X user id of the visitor: not known (0)", Low) : new("X user id of the visitor", Identifier);
            case "email" or "phone_number":
                var what = key == "email" ? "e-mail address" : "phone number";
                return new($"{what}, hashed (advanced matching){(HashedText.IsSha256(value) ? "" : HashedText.NotHashed)}", Identifier);
        }

        return key.StartsWith("events[", StringComparison.Ordinal) || key.StartsWith("event.", StringComparison.Ordinal)
            ? EventData
            : KnownField.Unknown;
    }

    /// <summary>The pieces of <c>dv</c> (joined by <c>&amp;</c>), each a field of its own.</summary>
    public static void AddDevice(string value, List<TrackerField> fields)
    {
        var index = 0;
        foreach (var range in value.AsSpan().Split('&'))
        {
            var part = WireStrings.Of(value.AsSpan()[range]);
            var path = index < DeviceParts.Length ? "dv." + DeviceParts[index] : string.Create(CultureInfo.InvariantCulture, $"dv[{index}]");
            var meaning = index < DeviceParts.Length ? "device " + DeviceParts[index] : "screen metric";
            fields.Add(new(WireStrings.Of(path), part, meaning, Fingerprint));
            index++;
        }
    }
}
