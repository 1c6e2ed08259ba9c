namespace TrackerAudit.Model;

/// <summary>Nothing the journey typed reaches a tracker or other third party, raw or transformed.</summary>
public sealed record NoTypedDataLeavesExpectation : Expectation
{
    /// <inheritdoc />
    public override string Kind => "no-typed-data-leaves";
}
