namespace TrackerAudit.Trackers.TikTok;

/// <summary>What TikTok's event and action names stand for (tracker-protocols-more.md, section 1.6).</summary>
internal static class TikTokEvents
{
    // Standard events that report an outcome the advertiser pays to optimise for.
    private static readonly HashSet<string> Conversions = new(StringComparer.Ordinal)
    {
        "Contact", "CompletePayment", "CompleteRegistration", "PlaceAnOrder", "Subscribe", "Download", "AddToCart",
        "AddToWishlist", "AddPaymentInfo", "InitiateCheckout",
    };

    public static EventMeaning Meaning(string? name) => name switch
    {
        "Pageview" => EventMeaning.PageView,

        // "Click" is the /act automatic click capture; "ClickButton" the standard event a site sends.
        "Click" or "ClickButton" => EventMeaning.Click,
        "SubmitForm" => EventMeaning.Form,

        // Internal: the library sending advanced-matching data it found on the page (section 1.6 calls it internal).
        "EnrichAM" => EventMeaning.Identify,
        not null when Conversions.Contains(name) => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
