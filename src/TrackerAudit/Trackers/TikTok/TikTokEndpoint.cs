namespace TrackerAudit.Trackers.TikTok;

/// <summary>Which TikTok Pixel URL a request went to.</summary>
internal enum TikTokEndpoint
{
    None,

    /// <summary><c>/api/v2/pixel</c> (and <c>/pixel/track</c>, Shopify's, v1's <c>/api/v1/track</c>): one event named in <c>event</c>.</summary>
    Event,

    /// <summary><c>/api/v2/pixel/act</c>: an automatic action (<c>Click</c>, <c>Metadata</c>) named in <c>action</c>.</summary>
    Action,

    /// <summary>The pixel library (<c>/i18n/pixel/events.js?sdkid=</c>).</summary>
    Library,
}
