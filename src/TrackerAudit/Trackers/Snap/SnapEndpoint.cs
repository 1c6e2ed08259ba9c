namespace TrackerAudit.Trackers.Snap;

/// <summary>What a request to Snap's hosts is for.</summary>
internal enum SnapEndpoint
{
    None,

    /// <summary><c>tr.snapchat.com/p</c>: event beacons (GET query, form POST or a JSON batch).</summary>
    Event,

    /// <summary><c>/cm/i</c>: Snap matches its cookie to the pixel's visit.</summary>
    CookieMatch,

    /// <summary><c>/cm/s</c>, <c>/cm/p</c>: Snap syncs its cookie with a partner's (<c>pnid</c>, <c>pcid</c>).</summary>
    PartnerSync,

    /// <summary><c>/config/…</c>, <c>/collector/is_enabled</c>: the pixel fetches its settings.</summary>
    Config,

    /// <summary><c>sc-static.net/scevent.min.js</c>: the pixel library.</summary>
    Library,
}
