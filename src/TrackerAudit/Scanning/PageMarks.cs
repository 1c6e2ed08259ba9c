using System.Globalization;

namespace TrackerAudit.Scanning;

/// <summary>
/// Judges a page a scan looked at: a bot wall (a captcha or challenge on a short page), an HTTP error page, an
/// empty page, or a page with content. The thresholds are documented in docs/scan.md.
/// </summary>
internal static class PageMarks
{
    /// <summary>A page with less visible text than this is empty.</summary>
    public const int EmptyBelow = 20;

    /// <summary>A captcha or block phrase on a page with more text than this is part of the page (a form's captcha), not a wall.</summary>
    public const int WallAtMost = 3000;

    public static PageVisit Judge(PageFacts facts, bool? sensitive = null)
    {
        var (mark, why) = facts switch
        {
            { Wall: { } wall, TextLength: <= WallAtMost } => (PageMark.BotWall, "bot wall: " + wall),
            { Status: >= 400 } => (PageMark.HttpError, string.Create(CultureInfo.InvariantCulture, $"HTTP {facts.Status} error page")),
            { TextLength: < EmptyBelow } => (PageMark.Empty, string.Create(CultureInfo.InvariantCulture, $"empty page ({facts.TextLength} characters of text)")),
            _ => (PageMark.Page, (string?)null),
        };
        return new PageVisit
        {
            Url = facts.Url,
            Status = facts.Status,
            Mark = mark,
            Why = why,
            TextLength = facts.TextLength,
            Webdriver = facts.Webdriver,
            UserAgent = facts.UserAgent,
            Sensitive = sensitive,
        };
    }
}
