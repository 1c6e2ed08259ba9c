namespace TrackerAudit.Trackers.X;

/// <summary>Which X (Twitter) pixel URL a request went to.</summary>
internal enum XEndpoint
{
    None,

    /// <summary><c>analytics.twitter.com/i/adsct</c> (or <c>/1/i/adsct</c>): the beacon.</summary>
    Beacon,

    /// <summary><c>t.co/i/adsct</c>: the twin that repeats every beacon; a duplicate.</summary>
    Twin,

    /// <summary>The pixel library (<c>static.ads-twitter.com/uwt.js</c>).</summary>
    Library,
}
