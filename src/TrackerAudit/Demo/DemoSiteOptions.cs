namespace TrackerAudit.Demo;

/// <summary>Which variant of the demo site to serve.</summary>
public sealed record DemoSiteOptions
{
    /// <summary>
    /// Whether pages carry the Meta Pixel base code; false serves the same site without it, the
    /// "after" picture of a force that removed the pixel.
    /// </summary>
    public bool IncludePixel { get; init; } = true;

    /// <summary>
    /// Whether the cookie banner stops the pixel after "Reject all" (with Meta's <c>fbq('consent', 'revoke')</c>).
    /// False serves a broken consent manager that records the refusal and tells nobody: the pixel keeps firing.
    /// Either way the pixel fires before the banner is answered, as on many real sites.
    /// </summary>
    public bool RespectRefusal { get; init; } = true;
}
