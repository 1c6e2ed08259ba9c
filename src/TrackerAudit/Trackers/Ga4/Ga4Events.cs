using System.Collections.Frozen;

namespace TrackerAudit.Trackers.Ga4;

/// <summary>What GA4's automatic and recommended event names stand for.</summary>
internal static class Ga4Events
{
    private static readonly FrozenDictionary<string, EventMeaning> Meanings = new Dictionary<string, EventMeaning>
    {
        ["page_view"] = EventMeaning.PageView,
        ["click"] = EventMeaning.Click,
        ["file_download"] = EventMeaning.Click,
        ["select_content"] = EventMeaning.Click,
        ["form_start"] = EventMeaning.Form,
        ["form_submit"] = EventMeaning.Form,
        ["generate_lead"] = EventMeaning.Conversion,
        ["sign_up"] = EventMeaning.Conversion,
        ["purchase"] = EventMeaning.Conversion,
        ["begin_checkout"] = EventMeaning.Conversion,
        ["add_to_cart"] = EventMeaning.Conversion,
        ["conversion"] = EventMeaning.Conversion,
        ["login"] = EventMeaning.Identify,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meaning of an event; one the site marks as a conversion (<c>_c=1</c>) is a conversion whatever its name.</summary>
    public static EventMeaning Meaning(string? name, bool markedConversion)
    {
        var meaning = name is not null && Meanings.TryGetValue(name, out var known) ? known : EventMeaning.Custom;
        return markedConversion && meaning == EventMeaning.Custom ? EventMeaning.Conversion : meaning;
    }
}
