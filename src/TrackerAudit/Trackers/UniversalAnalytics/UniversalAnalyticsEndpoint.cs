namespace TrackerAudit.Trackers.UniversalAnalytics;

/// <summary>Which Universal Analytics URL a request went to.</summary>
internal enum UniversalAnalyticsEndpoint
{
    None,

    /// <summary><c>/collect</c>, <c>/j/collect</c> or <c>/r/collect</c> on Google Analytics.</summary>
    Collect,

    /// <summary>The same with <c>v=1&amp;tid=UA-…</c> on any other host (a first-party proxy).</summary>
    FirstParty,

    /// <summary>The copy for DoubleClick display features on <c>stats.g.doubleclick.net</c>.</summary>
    DoubleClickMirror,

    /// <summary>The remarketing-audiences copy on <c>www.google.&lt;tld&gt;/ads/ga-audiences</c>.</summary>
    AudiencesMirror,

    /// <summary>The library (<c>analytics.js</c>) or a Google tag for a <c>UA-</c> id.</summary>
    Library,
}
