namespace TrackerAudit.Demo;

/// <summary>Which variant of the demo site to serve.</summary>
public sealed record DemoSiteOptions
{
    /// <summary>
    /// Whether pages carry the trackers' base code (Meta Pixel, Google tag with GA4, TikTok Pixel); false
    /// serves the same site without them, the "after" picture of a force that removed its trackers.
    /// </summary>
    public bool IncludeTrackers { get; init; } = true;

    /// <summary>
    /// Whether the cookie banner stops the trackers after "Reject all" (with each tracker's own call: Meta's
    /// <c>fbq('consent', 'revoke')</c>, Google's Consent Mode update, TikTok's <c>ttq.revokeConsent()</c>).
    /// False serves a broken consent manager that records the refusal and tells nobody: the trackers keep firing.
    /// Either way they fire before the banner is answered, as on many real sites.
    /// </summary>
    public bool RespectRefusal { get; init; } = true;
}
