namespace TrackerAudit.Imports;

/// <summary>What to look for in decoded traffic, as a journey would say it.</summary>
/// <param name="Sensitive">Words whose presence in tracker traffic is a finding (<c>--sensitive</c>).</param>
/// <param name="TypedValues">Values the person typed, by label (<c>--typed label=value</c>).</param>
internal sealed record DecodeOptions(IReadOnlyList<string> Sensitive, IReadOnlyDictionary<string, string> TypedValues)
{
    public static DecodeOptions None { get; } = new([], new Dictionary<string, string>());
}
