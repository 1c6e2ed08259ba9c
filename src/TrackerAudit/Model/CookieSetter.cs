namespace TrackerAudit.Model;

/// <summary>Who put a cookie in the browser.</summary>
public enum CookieSetter
{
    /// <summary>Not seen being set: e.g. set by a response whose headers the browser did not report.</summary>
    Unknown,

    /// <summary>A response's <c>Set-Cookie</c> header (its URL is given).</summary>
    Response,

    /// <summary>A script writing <c>document.cookie</c> (the script's URL is given when the browser told it).</summary>
    Script,

    /// <summary>The journey's own <c>cookies:</c>.</summary>
    Journey,
}
