namespace TrackerAudit.Trackers.Ga4;

/// <summary>Which GA4 URL a request went to.</summary>
internal enum Ga4Endpoint
{
    None,

    /// <summary><c>/g/collect</c> on a Google Analytics host.</summary>
    Collect,

    /// <summary><c>/g/collect</c> with <c>v=2&amp;tid=G-…</c> on any other host: server-side tagging or a tag gateway.</summary>
    FirstParty,

    /// <summary>The copy for Google Signals and ads on <c>stats.g.doubleclick.net/g/collect</c>.</summary>
    SignalsMirror,

    /// <summary>The remarketing-audiences copy on <c>www.google.&lt;tld&gt;/ads/ga-audiences</c> with a <c>G-</c> id.</summary>
    AudiencesMirror,

    /// <summary>The Google tag loaded for a <c>G-</c> id (<c>googletagmanager.com/gtag/js?id=G-…</c>).</summary>
    Library,
}
