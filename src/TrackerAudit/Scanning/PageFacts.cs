namespace TrackerAudit.Scanning;

/// <summary>What a scan step read off a page, before it is judged.</summary>
/// <param name="Url">The page's URL.</param>
/// <param name="Status">The HTTP status of its document, when the browser says.</param>
/// <param name="TextLength">Characters of visible text.</param>
/// <param name="Wall">The captcha frame, challenge element or block phrase seen, if any.</param>
/// <param name="Webdriver">navigator.webdriver in the page.</param>
/// <param name="UserAgent">navigator.userAgent in the page.</param>
internal sealed record PageFacts(string Url, int? Status, int TextLength, string? Wall, bool? Webdriver, string? UserAgent);
