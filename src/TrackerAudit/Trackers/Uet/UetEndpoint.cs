namespace TrackerAudit.Trackers.Uet;

/// <summary>What a request to <c>bat.bing.com</c> is for.</summary>
internal enum UetEndpoint
{
    None,

    /// <summary><c>/action/0</c>: an event beacon, sent as an image.</summary>
    Action,

    /// <summary><c>/actionp/0</c>: an event beacon sent with <c>sendBeacon</c> (e.g. <c>evt=pageHide</c>).</summary>
    ActionPost,

    /// <summary><c>/bat.js</c>: the UET library.</summary>
    Library,

    /// <summary><c>/p/action/&lt;ti&gt;.js</c>: one tag's configuration.</summary>
    Config,
}
