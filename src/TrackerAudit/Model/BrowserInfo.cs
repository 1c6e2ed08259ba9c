namespace TrackerAudit.Model;

/// <summary>The browser an audit ran in, for the record.</summary>
/// <param name="Name">Browser family.</param>
/// <param name="Version">Version the browser reported.</param>
/// <param name="ExecutablePath">The executable (for a remote browser: on the server's machine, as the browser reported it).</param>
/// <param name="Source">How it was found.</param>
/// <param name="Headless">Whether it ran without a window.</param>
/// <param name="UserAgent">The user agent pages saw.</param>
public sealed record BrowserInfo(string Name, string Version, string ExecutablePath, string Source, bool Headless, string? UserAgent)
{
    /// <summary>Whether TrackerAudit started the browser here or drove one through a Playwright server.</summary>
    public BrowserMode Mode { get; init; } = BrowserMode.Local;

    /// <summary>The Playwright server's address (without credentials or query), for a remote browser.</summary>
    public string? Endpoint { get; init; }

    /// <summary>
    /// What a local run has that this one did not (a remote browser's network log, launch arguments the
    /// server did not apply), in words; null when nothing is missing.
    /// </summary>
    public IReadOnlyList<string>? NotAvailable { get; init; }
}
