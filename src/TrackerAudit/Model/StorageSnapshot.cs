namespace TrackerAudit.Model;

/// <summary>What the site stored in the browser, as it stood after a step.</summary>
public sealed record StorageSnapshot
{
    /// <summary>Every cookie of the browser context.</summary>
    public required IReadOnlyList<StoredCookie> Cookies { get; init; }

    /// <summary>Web storage and IndexedDB of every origin of the page's frames that holds something.</summary>
    public required IReadOnlyList<StorageArea> Areas { get; init; }

    /// <summary>How many cookies belong to another site than the journey's start page.</summary>
    public int ThirdPartyCookies => Cookies.Count(cookie => cookie.ThirdParty);
}
