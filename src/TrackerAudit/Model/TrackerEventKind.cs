namespace TrackerAudit.Model;

/// <summary>What kind of tracker traffic a decoded event stands for.</summary>
public enum TrackerEventKind
{
    /// <summary>An event beacon: data about the visit sent to the tracker.</summary>
    Beacon,

    /// <summary>A copy of a beacon sent for another purpose (e.g. Privacy Sandbox); not counted twice.</summary>
    Duplicate,

    /// <summary>The tracker's library was loaded: the tracker is installed on the page.</summary>
    Library,

    /// <summary>The tracker's per-account configuration was loaded.</summary>
    Config,
}
