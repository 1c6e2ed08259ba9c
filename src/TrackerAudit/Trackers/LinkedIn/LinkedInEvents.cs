namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>What LinkedIn's <c>/wa/</c> signal types stand for (tracker-protocols-more.md, section 1.7).</summary>
internal static class LinkedInEvents
{
    public static EventMeaning Meaning(string? signalType, bool isFormSubmission) => signalType switch
    {
        "PAGE_VISIT" => EventMeaning.PageView,

        // The automatic click capture also reports form submissions, flagged in domAttributes.
        "CLICK" => isFormSubmission ? EventMeaning.Form : EventMeaning.Click,
        "FORM_SUBMIT" => EventMeaning.Form,
        "CONVERSION" => EventMeaning.Conversion,
        _ => EventMeaning.Custom,
    };
}
