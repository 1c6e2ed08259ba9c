namespace TrackerAudit.Demo;

/// <summary>Which variant of the demo site to serve.</summary>
public sealed record DemoSiteOptions
{
    /// <summary>
    /// Whether pages carry the Meta Pixel base code; false serves the same site without it, the
    /// "after" picture of a force that removed the pixel.
    /// </summary>
    public bool IncludePixel { get; init; } = true;
}
