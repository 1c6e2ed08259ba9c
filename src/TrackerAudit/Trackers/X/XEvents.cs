namespace TrackerAudit.Trackers.X;

/// <summary>What the X pixel's event names stand for.</summary>
internal static class XEvents
{
    // Names the website tag sends for outcomes the advertiser pays to optimise for.
    private static readonly HashSet<string> Conversions = new(StringComparer.OrdinalIgnoreCase)
    {
        "purchase", "signup", "sign_up", "lead", "download", "addtocart", "add_to_cart", "checkout", "subscribe", "contact",
        "completeregistration",
    };

    public static EventMeaning Meaning(string? name) => name switch
    {
        null => EventMeaning.Custom,
        _ when name.Equals("pageview", StringComparison.OrdinalIgnoreCase) => EventMeaning.PageView,
        _ when Conversions.Contains(name) => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
