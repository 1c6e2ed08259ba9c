namespace TrackerAudit.Model;

/// <summary>What a visited page turned out to be, so that a page nobody could read is never counted as "no trackers".</summary>
public enum PageMark
{
    /// <summary>A page with content.</summary>
    Page,

    /// <summary>The server answered with an HTTP error status (400 or above).</summary>
    HttpError,

    /// <summary>The page shows (almost) no text.</summary>
    Empty,

    /// <summary>A block page, captcha or bot wall stood in the way.</summary>
    BotWall,
}
