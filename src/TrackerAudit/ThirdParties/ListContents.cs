namespace TrackerAudit.ThirdParties;

/// <summary>What a reader took from a list file.</summary>
/// <param name="Domains">The domains and what the list says of each.</param>
/// <param name="Ignored">Entries read and left aside (a filter list's other rules).</param>
/// <param name="Title">The title the list gives itself, if any.</param>
/// <param name="Version">The version the list states, if any.</param>
/// <param name="Licence">The licence the list states, if any.</param>
internal sealed record ListContents(HostSuffixMap<ThirdPartyOwner> Domains, int Ignored, string? Title, string? Version, string? Licence);
