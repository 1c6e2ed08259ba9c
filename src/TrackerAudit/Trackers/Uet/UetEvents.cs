using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Uet;

/// <summary>What UET's event types (<c>evt</c>) and custom event actions (<c>ea</c>) stand for.</summary>
internal static class UetEvents
{
    // Microsoft's recommended conversion actions (the ea of window.uetq.push('event', <action>, ...)).
    private static readonly FrozenSet<string> Conversions = new[]
    {
        "purchase", "submit_lead_form", "contact", "sign_up", "subscribe", "book_appointment", "request_quote",
        "begin_checkout", "add_to_cart", "add_payment_info", "get_directions", "outbound_click", "phone_call",
        "add_to_wishlist",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static EventMeaning Meaning(string? evt, string? action, bool hasGoalValue) => evt switch
    {
        "pageLoad" => EventMeaning.PageView,
        "custom" when action == "page_view" => EventMeaning.PageView,
        "custom" when action is "login" => EventMeaning.Identify,
        "custom" when (action is not null && Conversions.Contains(action)) || hasGoalValue => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
