namespace TrackerAudit.Trackers.Floodlight;

/// <summary>Which Floodlight URL a request went to (tracker-protocols-more.md §1.4).</summary>
internal enum FloodlightEndpoint
{
    None,

    /// <summary><c>&lt;src&gt;.fls.doubleclick.net/activityi;…</c> or <c>ad.doubleclick.net/activity;…</c>: an activity.</summary>
    Activity,

    /// <summary><c>ad.doubleclick.net/activity;register_conversion=1;…</c>: the Attribution Reporting copy.</summary>
    AttributionCopy,

    /// <summary><c>td.doubleclick.net/td/fls/rul/activityi;…</c>: the Protected Audience copy.</summary>
    ProtectedAudience,

    /// <summary>A Google tag loaded for a <c>DC-</c> id.</summary>
    Library,
}
