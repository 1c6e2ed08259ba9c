namespace TrackerAudit.Model;

/// <summary>How a journey run ended.</summary>
public enum JourneyStatus
{
    /// <summary>Every step ran.</summary>
    Completed,

    /// <summary>A step failed, or the start page could not be opened; what was captured until then is kept.</summary>
    Failed,

    /// <summary>The run was interrupted (Ctrl-C); what was captured until then is kept.</summary>
    Interrupted,
}
