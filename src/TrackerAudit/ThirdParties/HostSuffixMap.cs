namespace TrackerAudit.ThirdParties;

/// <summary>
/// Domains and what they stand for, found for a host by the host itself or any of its parent domains, the
/// nearest first: an entry for <c>example.com</c> made with subdomains answers for <c>a.b.example.com</c>.
/// Lookups slice the host instead of building strings: this runs for every third-party host of a run.
/// Hosts and domains are lower-case ASCII (<see cref="PublicSuffixList.Normalise"/>).
/// </summary>
internal sealed class HostSuffixMap<T>
    where T : class
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _withSubdomains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _withSubdomainsLookup;

    public HostSuffixMap()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _withSubdomainsLookup = _withSubdomains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many domains are held.</summary>
    public int Count => _exact.Count + _withSubdomains.Count;

    /// <summary>Adds a domain; the first value given for a domain stays. False when the domain was there already.</summary>
    public bool Add(string domain, T value, bool withSubdomains) =>
        (withSubdomains ? _withSubdomains : _exact).TryAdd(domain, value);

    /// <summary>The value of the host itself, else of its nearest parent domain added with subdomains; null when none.</summary>
    public T? Find(string host)
    {
        var span = host.AsSpan();
        if (_exactLookup.TryGetValue(span, out var exact))
        {
            return exact;
        }

        while (true)
        {
            if (_withSubdomainsLookup.TryGetValue(span, out var found))
            {
                return found;
            }

            var dot = span.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            span = span[(dot + 1)..];
        }
    }
}
