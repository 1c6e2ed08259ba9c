namespace TrackerAudit.Errors;

/// <summary>The process exit codes, documented in the README. Scripts and CI depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and passed.</summary>
    public const int Success = 0;

    /// <summary>An expectation or policy failed, or a finding met <c>--fail-on</c>.</summary>
    public const int ExpectationFailed = 1;

    /// <summary>Invalid input: journeys, policy or options.</summary>
    public const int InvalidInput = 2;

    /// <summary>The audit could not run to the end (browser missing or crashed, site unreachable, a step failed); the partial report is written.</summary>
    public const int AuditFailed = 3;

    /// <summary>Interrupted (Ctrl-C); the partial report is written.</summary>
    public const int Interrupted = 130;
}
