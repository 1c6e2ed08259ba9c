namespace TrackerAudit.ThirdParties;

/// <summary>Who a host belongs to and what it does, from every list that names it.</summary>
/// <param name="Company">The company, from the first list that names one; null when no list does.</param>
/// <param name="Service">The product or service of that company (third-party-web's entity: "Google Analytics"), if named.</param>
/// <param name="Category">The main category: that of the list that named the company, else the first given.</param>
/// <param name="Categories">Every category any list gives, main one first.</param>
/// <param name="Lists">The lists that name the host, in the order they were consulted.</param>
internal sealed record ThirdPartyIdentity(string? Company, string? Service, string? Category, IReadOnlyList<string> Categories, IReadOnlyList<string> Lists);
