namespace TrackerAudit.Reports.Bundle;

/// <summary>What <c>recover</c> found a run folder to be.</summary>
internal enum RecoveryKind
{
    /// <summary>Never sealed, or sealed without some of its reports: the reports were written; seal it now.</summary>
    Recovered,

    /// <summary>Sealed, intact and whole: nothing to do.</summary>
    AlreadySealed,

    /// <summary>Sealed, and changed since: left alone.</summary>
    SealedAndChanged,
}
