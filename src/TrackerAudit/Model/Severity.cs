namespace TrackerAudit.Model;

/// <summary>How serious a finding is, lowest first; the numeric order is used by <c>--fail-on</c>.</summary>
public enum Severity
{
    /// <summary>Worth knowing: a page view or click was reported.</summary>
    Low = 1,

    /// <summary>An identifier travelled with the events.</summary>
    Medium = 2,

    /// <summary>Sensitive context, or an account identifier, reached a tracker.</summary>
    High = 3,

    /// <summary>Something the person typed reached a tracker.</summary>
    Critical = 4,
}
