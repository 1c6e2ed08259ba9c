namespace TrackerAudit.Reports;

/// <summary>Cookies and storage in words, the same in every report.</summary>
internal static class StorageText
{
    /// <summary>Who set a cookie, for people.</summary>
    public static string Setter(StoredCookie cookie) => cookie.SetBy switch
    {
        CookieSetter.Response => "Set-Cookie of " + cookie.SetByUrl,
        CookieSetter.Script => "a script, " + cookie.SetByUrl,
        CookieSetter.Journey => "the journey",
        _ => "unknown",
    };
}
