namespace TrackerAudit.Model;

/// <summary>Where the browser of a run ran.</summary>
public enum BrowserMode
{
    /// <summary>Started by TrackerAudit on this machine, with every launch argument it needs.</summary>
    Local,

    /// <summary>Driven through a Playwright server (<c>--connect</c>); some of what a local browser allows may not be available.</summary>
    Remote,
}
