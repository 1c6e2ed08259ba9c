using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TrackerAudit.Journeys;

/// <summary>
/// Resolves <c>${inputs.NAME}</c> and <c>${canary.KIND}</c> placeholders for one journey run.
/// Canaries are new for every run, so finding one in tracker traffic proves it came from this run.
/// </summary>
internal sealed partial class InputValues
{
    private readonly Dictionary<string, string> _canaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly Func<int, byte[]> _random;

    public InputValues(Journey journey, Func<int, byte[]>? random = null)
    {
        _random = random ?? RandomNumberGenerator.GetBytes;
        foreach (var (name, value) in journey.Inputs)
        {
            _inputs[name] = ResolveCanaries(value);
        }
    }

    /// <summary>The resolved inputs, by name.</summary>
    public IReadOnlyDictionary<string, string> Inputs => _inputs;

    public string Resolve(string text) =>
        ResolveCanaries(PlaceholderPattern().Replace(text, match =>
            match.Groups["scope"].Value == "inputs" && _inputs.TryGetValue(match.Groups["name"].Value, out var value)
                ? value
                : match.Value));

    private string ResolveCanaries(string text) =>
        PlaceholderPattern().Replace(text, match =>
            match.Groups["scope"].Value == "canary" ? Canary(match.Groups["name"].Value) : match.Value);

    private string Canary(string kind)
    {
        if (_canaries.TryGetValue(kind, out var existing))
        {
            return existing;
        }

        var value = kind switch
        {
            "email" => $"canary.{Hex(5)}@example.org",
            // 07700 900xxx is Ofcom's range reserved for drama: never a real person's number.
            "phone" => "07700 900" + Digits(3),
            "name" => "Robin " + Letters(7),
            // ZZ99 is the NHS's pseudo-postcode area: no address has it.
            "postcode" => "ZZ99 " + Digits(1) + Letters(2).ToUpperInvariant(),
            "search" => "canary search " + Hex(4),
            _ => "canary " + Hex(6),
        };
        _canaries[kind] = value;
        return value;
    }

    private string Hex(int bytes) => Convert.ToHexStringLower(_random(bytes));

    private string Digits(int count) => string.Concat(_random(count).Select(b => (char)('0' + (b % 10))));

    private string Letters(int count)
    {
        var letters = new StringBuilder(count);
        var bytes = _random(count);
        letters.Append((char)('A' + (bytes[0] % 26)));
        foreach (var b in bytes.Skip(1))
        {
            letters.Append((char)('a' + (b % 26)));
        }

        return letters.ToString();
    }

    [GeneratedRegex(@"\$\{(?<scope>inputs|canary)\.(?<name>[A-Za-z0-9_\-]+)\}")]
    private static partial Regex PlaceholderPattern();
}
