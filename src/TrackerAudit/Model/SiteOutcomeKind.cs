namespace TrackerAudit.Model;

/// <summary>How the scan of one site ended.</summary>
public enum SiteOutcomeKind
{
    /// <summary>Every page was opened and read.</summary>
    Completed,

    /// <summary>A step failed or the site ran out of time; what was captured until then is kept.</summary>
    Failed,

    /// <summary>A block page, captcha, bot wall, HTTP error page or empty page stood in the way: its trackers are unknown, not absent.</summary>
    Blocked,

    /// <summary>The site never answered (no such host, connection refused or timed out).</summary>
    Unreachable,
}
