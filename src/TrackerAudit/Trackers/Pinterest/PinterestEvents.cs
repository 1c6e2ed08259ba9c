namespace TrackerAudit.Trackers.Pinterest;

/// <summary>What the Pinterest Tag's event names (<c>event</c>) stand for.</summary>
internal static class PinterestEvents
{
    public static EventMeaning Meaning(string? eventName) => eventName?.ToLowerInvariant() switch
    {
        "pagevisit" or "page_visit" => EventMeaning.PageView,
        "signup" or "checkout" or "lead" or "addtocart" or "add_to_cart" => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
