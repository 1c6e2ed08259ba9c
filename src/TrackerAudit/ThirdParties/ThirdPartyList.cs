namespace TrackerAudit.ThirdParties;

/// <summary>One list read into memory: its record and its domains.</summary>
internal sealed class ThirdPartyList(ThirdPartyListInfo info, HostSuffixMap<ThirdPartyOwner> domains)
{
    public ThirdPartyListInfo Info { get; } = info;

    /// <summary>What the list says of a host (lower-case ASCII), by the host or its nearest listed parent domain.</summary>
    public ThirdPartyOwner? Find(string host) => domains.Find(host);
}
