namespace TrackerAudit.Trackers.Meta;

/// <summary>What Meta's event names stand for.</summary>
internal static class MetaEvents
{
    // Meta's standard events that report an outcome the advertiser pays to optimise for.
    private static readonly HashSet<string> Conversions = new(StringComparer.Ordinal)
    {
        "Lead", "Contact", "CompleteRegistration", "Purchase", "Schedule", "SubmitApplication", "StartTrial",
        "Subscribe", "Donate", "AddPaymentInfo", "AddToCart", "AddToWishlist", "InitiateCheckout", "FindLocation",
        "CustomizeProduct",
    };

    public static EventMeaning Meaning(string? eventName) => eventName switch
    {
        "PageView" => EventMeaning.PageView,
        "SubscribedButtonClick" => EventMeaning.Click,
        not null when Conversions.Contains(eventName) => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
