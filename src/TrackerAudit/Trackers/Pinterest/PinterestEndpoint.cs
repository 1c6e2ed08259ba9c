namespace TrackerAudit.Trackers.Pinterest;

/// <summary>What a request to the Pinterest Tag's hosts is for (reference section 1.10).</summary>
internal enum PinterestEndpoint
{
    None,

    /// <summary><c>ct.pinterest.com/v3/</c>: an event (GET, or POST for large payloads).</summary>
    Event,

    /// <summary><c>/user/</c>: the hashed personal data of the visitor, on page load.</summary>
    User,

    /// <summary><c>/md/</c>: the page's URL and meta tags, read automatically.</summary>
    Metadata,

    /// <summary><c>/ct.html</c>: the tag's iframe.</summary>
    Config,

    /// <summary><c>s.pinimg.com/ct/core.js</c>, <c>/static/ct/token_create.js</c>: the tag library.</summary>
    Library,
}
