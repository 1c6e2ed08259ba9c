namespace TrackerAudit.ThirdParties;

/// <summary>What one list says of a domain: whose it is and what it does.</summary>
/// <param name="Company">The company, when the list names one (a filter list does not).</param>
/// <param name="Name">The product or service (third-party-web's entity name), when the list has one.</param>
/// <param name="Categories">Categories in TrackerAudit's words (<see cref="CategoryNames"/>), the list's main one first.</param>
internal sealed record ThirdPartyOwner(string? Company, string? Name, IReadOnlyList<string> Categories);
