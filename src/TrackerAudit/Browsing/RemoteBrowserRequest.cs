namespace TrackerAudit.Browsing;

/// <summary>What a run asks of a Playwright server.</summary>
/// <param name="Endpoint">The server's address, as given.</param>
/// <param name="ExecutablePath">A browser on the server's machine, given with --browser; null lets the server choose.</param>
/// <param name="Headed">Ask for a window (on the server's display).</param>
/// <param name="UnreachableHosts">Hosts answered by stand-ins, which the browser should fail to resolve.</param>
/// <param name="ExposeLoopback">Let the remote browser reach this machine's 127.0.0.1 and localhost (the journeys open them).</param>
internal sealed record RemoteBrowserRequest(Uri Endpoint, string? ExecutablePath, bool Headed, IReadOnlyList<string> UnreachableHosts, bool ExposeLoopback);
