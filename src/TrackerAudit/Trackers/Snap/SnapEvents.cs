using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Snap;

/// <summary>What Snap's standard event names (<c>ev</c>) stand for (reference section 1.9).</summary>
internal static class SnapEvents
{
    // Standard events that report an outcome the advertiser optimises for.
    private static readonly FrozenSet<string> Conversions = new[]
    {
        "SIGN_UP", "PURCHASE", "ADD_CART", "START_CHECKOUT", "ADD_BILLING", "SUBSCRIBE", "START_TRIAL",
        "COMPLETE_TUTORIAL", "ACHIEVEMENT_UNLOCKED", "SAVE", "RESERVE", "APP_INSTALL", "INVITE", "AD_CLICK",
        "LEAD", "CUSTOMIZE_PRODUCT", "DONATE", "FIND_LOCATION", "SCHEDULE", "SUBMIT_APPLICATION", "ADD_TO_WISHLIST",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static EventMeaning Meaning(string? eventName) => eventName switch
    {
        "PAGE_VIEW" => EventMeaning.PageView,
        "LOGIN" => EventMeaning.Identify,
        not null when Conversions.Contains(eventName) => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
