namespace TrackerAudit.Model;

// Whether one expectation held on one run, before it is labelled with the journey, name and source.
internal sealed record ExpectationOutcome(bool Passed, IReadOnlyList<string> Evidence, IReadOnlyList<long> RequestIds, IReadOnlyList<string> FindingKeys)
{
    public static ExpectationOutcome Pass { get; } = new(true, [], [], []);

    public static ExpectationOutcome Fail(IReadOnlyList<string> evidence) => new(false, evidence, [], []);
}
