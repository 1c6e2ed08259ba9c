namespace TrackerAudit.Browsing;

/// <summary>A browser executable and how it was found.</summary>
/// <param name="ExecutablePath">Path to the executable.</param>
/// <param name="Source">How it was found, e.g. "--browser option", "Playwright's Chromium".</param>
public sealed record BrowserCandidate(string ExecutablePath, string Source);
