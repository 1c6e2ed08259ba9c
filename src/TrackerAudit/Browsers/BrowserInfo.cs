namespace TrackerAudit.Browsers;

/// <summary>The browser an audit ran in, for the record.</summary>
/// <param name="Name">Browser family.</param>
/// <param name="Version">Version the browser reported.</param>
/// <param name="ExecutablePath">The executable.</param>
/// <param name="Source">How it was found.</param>
/// <param name="Headless">Whether it ran without a window.</param>
/// <param name="UserAgent">The user agent pages saw.</param>
public sealed record BrowserInfo(string Name, string Version, string ExecutablePath, string Source, bool Headless, string? UserAgent);
