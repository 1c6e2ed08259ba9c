namespace TrackerAudit.Browsing;

/// <summary>The address of a Playwright server (<c>--connect</c>): what is accepted, and how it is written down.</summary>
public static class RemoteEndpoint
{
    private static readonly string[] Schemes = ["ws", "wss", "http", "https"];

    /// <summary>Parses an endpoint given on the command line; returns null and a reason when it cannot be one.</summary>
    public static Uri? Parse(string text, out string? problem)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            problem = $"'{text}' is not a URL: give the Playwright server's address, e.g. ws://127.0.0.1:3000/";
            return null;
        }

        problem = Problem(uri);
        return problem is null ? uri : null;
    }

    /// <summary>Why this URL cannot be a Playwright server's address; null when it can.</summary>
    public static string? Problem(Uri endpoint)
    {
        if (!endpoint.IsAbsoluteUri || !Schemes.Contains(endpoint.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"'{endpoint.OriginalString}' is not a ws://, wss://, http:// or https:// URL of a Playwright server, e.g. ws://127.0.0.1:3000/";
        }

        return string.IsNullOrEmpty(endpoint.Host) ? $"'{endpoint.OriginalString}' names no host" : null;
    }

    /// <summary>
    /// The endpoint as reports record it: without user name, password or query, which often carry an
    /// access token (<c>?token=...</c>) that must not end up in an evidence bundle.
    /// </summary>
    public static string ForRecord(Uri endpoint) =>
        new UriBuilder(endpoint) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri.ToString();

    /// <summary>The command line with the endpoint as typed replaced by its recorded form, when they differ.</summary>
    public static string Scrub(string commandLine, Uri? endpoint)
    {
        return endpoint is null || (endpoint.UserInfo.Length == 0 && endpoint.Query.Length <= 1)
            ? commandLine
            : commandLine.Replace(endpoint.OriginalString, ForRecord(endpoint), StringComparison.Ordinal);
    }
}
