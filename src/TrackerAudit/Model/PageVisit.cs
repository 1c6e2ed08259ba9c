namespace TrackerAudit.Model;

/// <summary>One page a scan step looked at, and what the browser looked like to it.</summary>
public sealed record PageVisit
{
    /// <summary>The page's URL.</summary>
    public required string Url { get; init; }

    /// <summary>The HTTP status of the page's document; null when the browser does not say.</summary>
    public int? Status { get; init; }

    /// <summary>What the page turned out to be.</summary>
    public required PageMark Mark { get; init; }

    /// <summary>Why it was marked so (e.g. the captcha's frame or the phrase seen); null for a page with content.</summary>
    public string? Why { get; init; }

    /// <summary>How many characters of visible text the page has.</summary>
    public int TextLength { get; init; }

    /// <summary>Whether <c>navigator.webdriver</c> was true in the page: a site can tell an automated browser.</summary>
    public bool? Webdriver { get; init; }

    /// <summary>The user agent the page saw (<c>navigator.userAgent</c>).</summary>
    public string? UserAgent { get; init; }

    /// <summary>Link choice only: whether the link's text or URL named a sensitive word.</summary>
    public bool? Sensitive { get; init; }
}
