namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>Which LinkedIn Insight Tag URL a request went to.</summary>
internal enum LinkedInEndpoint
{
    None,

    /// <summary><c>/collect</c>: a page visit or a conversion, in the query.</summary>
    Collect,

    /// <summary><c>/wa/</c>: the rich JSON signal (page visit, click), as JSON or base64 of gzip.</summary>
    WebActivity,

    /// <summary><c>/attribution_trigger</c>: the Privacy Sandbox copy of a hit.</summary>
    AttributionTrigger,

    /// <summary><c>/db_sync</c>: a partner id sync.</summary>
    PartnerSync,

    /// <summary>The Insight Tag library (<c>snap.licdn.com/li.lms-analytics/insight.min.js</c>).</summary>
    Library,
}
