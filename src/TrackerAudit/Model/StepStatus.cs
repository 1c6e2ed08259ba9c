namespace TrackerAudit.Model;

/// <summary>How a step ended.</summary>
public enum StepStatus
{
    /// <summary>The step did what it said.</summary>
    Passed,

    /// <summary>The step failed (element not found, timeout, navigation error); later steps were skipped.</summary>
    Failed,

    /// <summary>An earlier step failed or the run was interrupted.</summary>
    Skipped,
}
