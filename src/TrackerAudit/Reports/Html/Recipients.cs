using System.Globalization;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// Gives each recipient (tracker name, or a host named by captured traffic) a neutral filter key
/// (<c>r0</c>, <c>r1</c>...), so the filter script compares only values the report made itself.
/// </summary>
internal sealed class Recipients
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, string>> All => _keys.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public string KeyOf(string recipient)
    {
        if (!_keys.TryGetValue(recipient, out var key))
        {
            key = "r" + _keys.Count.ToString(CultureInfo.InvariantCulture);
            _keys[recipient] = key;
        }

        return key;
    }
}
