namespace TrackerAudit.Model;

/// <summary>The journey contacts at most so many distinct third-party hosts.</summary>
public sealed record MaxThirdPartyHostsExpectation : Expectation
{
    /// <summary>The most third-party hosts allowed, 0 or more.</summary>
    public required int Maximum { get; init; }

    /// <inheritdoc />
    public override string Kind => "max-third-party-hosts";
}
