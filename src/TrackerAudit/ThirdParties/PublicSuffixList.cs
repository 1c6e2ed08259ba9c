using System.Globalization;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// The Public Suffix List's algorithm (https://publicsuffix.org/list/): normal rules, <c>*.</c> wildcards and
/// <c>!</c> exceptions, with the default rule <c>*</c> for unlisted top-level domains. Both sections count: a
/// private-section suffix such as <c>github.io</c> is a suffix as it is in browsers (cookies and site
/// isolation), so <c>a.github.io</c> and <c>b.github.io</c> are two sites. Rules are held in one dictionary
/// looked up with slices of the host, so that a lookup allocates nothing but its answer.
/// </summary>
internal sealed class PublicSuffixList
{
    private readonly Dictionary<string, RuleKinds> _rules;
    private readonly Dictionary<string, RuleKinds>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longestRule;

    private PublicSuffixList(Dictionary<string, RuleKinds> rules, int longestRule, string? version, int icannRules, int privateRules)
    {
        _rules = rules;
        _lookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestRule = longestRule;
        Version = version;
        IcannRules = icannRules;
        PrivateRules = privateRules;
    }

    [Flags]
    private enum RuleKinds : byte
    {
        None = 0,
        Suffix = 1,
        WildcardBelow = 2,
        Exception = 4,
    }

    /// <summary>The list's <c>// VERSION:</c> header, when it has one.</summary>
    public string? Version { get; }

    /// <summary>How many rules the ICANN section holds.</summary>
    public int IcannRules { get; }

    /// <summary>How many rules the private section holds.</summary>
    public int PrivateRules { get; }

    /// <summary>Every rule of both sections.</summary>
    public int Rules => IcannRules + PrivateRules;

    /// <summary>Reads a list in the published format; a line that is not a valid rule throws <see cref="FormatException"/> naming it.</summary>
    public static PublicSuffixList Parse(TextReader reader)
    {
        var rules = new Dictionary<string, RuleKinds>(StringComparer.Ordinal);
        var idn = new IdnMapping();
        string? version = null;
        int icann = 0, privateRules = 0, longest = 0, lineNumber = 0;
        var inPrivate = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                inPrivate |= text.Contains("===BEGIN PRIVATE DOMAINS===", StringComparison.Ordinal);
                if (version is null && text.StartsWith("// VERSION:", StringComparison.Ordinal))
                {
                    version = text["// VERSION:".Length..].Trim();
                }

                continue;
            }

            // The format: a rule is the line's first word; the rest is ignored.
            var end = text.IndexOfAny([' ', '\t']);
            var rule = end < 0 ? text : text[..end];
            if (rule.Length == 0)
            {
                continue;
            }

            var kind = RuleKinds.Suffix;
            if (rule.StartsWith('!'))
            {
                kind = RuleKinds.Exception;
                rule = rule[1..];
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                kind = RuleKinds.WildcardBelow;
                rule = rule[2..];
            }

            string ascii;
            try
            {
                ascii = (System.Text.Ascii.IsValid(rule) ? rule : idn.GetAscii(rule)).ToLowerInvariant();
            }
            catch (ArgumentException exception)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: '{line}' is not a domain rule ({exception.Message})"), exception);
            }

            if (!IsDomainName(ascii))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: '{line}' is not a domain rule"));
            }

            rules[ascii] = rules.GetValueOrDefault(ascii) | kind;
            longest = Math.Max(longest, ascii.Count(c => c == '.') + (kind == RuleKinds.WildcardBelow ? 2 : 1));
            _ = inPrivate ? privateRules++ : icann++;
        }

        return new PublicSuffixList(rules, longest, version, icann, privateRules);
    }

    /// <summary>
    /// The registrable domain of a host (its public suffix and one more label): <c>www.example.co.uk</c> gives
    /// <c>example.co.uk</c>. Null for a public suffix itself (<c>co.uk</c>), an empty label or a leading dot.
    /// Accepts any case and Unicode labels; answers in lower-case ASCII (punycode).
    /// </summary>
    public string? RegistrableDomain(string host)
    {
        var ascii = Normalise(host);
        if (ascii is null)
        {
            return null;
        }

        // The registrable domain is the public suffix and the one label before it.
        var wanted = PublicSuffixLabels(ascii) + 1;
        var dot = ascii.Length;
        for (var label = 0; label < wanted; label++)
        {
            if (dot <= 0)
            {
                return null;
            }

            dot = ascii.LastIndexOf('.', dot - 1);
        }

        return dot < 0 ? ascii : ascii[(dot + 1)..];
    }

    /// <summary>
    /// Lower-case ASCII form of a host, without a trailing dot; null when it cannot be a domain (empty, a leading
    /// dot, an empty label, not convertible to punycode).
    /// </summary>
    internal static string? Normalise(string host)
    {
        var text = host.EndsWith('.') ? host[..^1] : host;
        if (text.Length == 0 || text[0] == '.' || text.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        if (!System.Text.Ascii.IsValid(text))
        {
            try
            {
                return new IdnMapping().GetAscii(text).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return HasUpper(text) ? text.ToLowerInvariant() : text;
    }

    private static bool IsDomainName(string ascii) =>
        ascii.Length > 0 && ascii[0] != '.' && ascii[^1] != '.' && !ascii.Contains("..", StringComparison.Ordinal)
        && ascii.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_');

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    // How many labels, counted from the right, the host's public suffix has (at least 1: the default rule "*").
    private int PublicSuffixLabels(string host)
    {
        var span = host.AsSpan();
        var best = 1;
        var parent = RuleKinds.None;
        var end = span.Length;
        for (var labels = 1; labels <= _longestRule; labels++)
        {
            var dot = span[..end].LastIndexOf('.');
            var suffix = span[(dot + 1)..];
            var kinds = _lookup.TryGetValue(suffix, out var found) ? found : RuleKinds.None;
            if ((kinds & RuleKinds.Exception) != 0)
            {
                // An exception wins over every other rule: the suffix is the exception's parent.
                return labels - 1;
            }

            if ((kinds & RuleKinds.Suffix) != 0 || (parent & RuleKinds.WildcardBelow) != 0)
            {
                best = labels;
            }

            if (dot < 0)
            {
                break;
            }

            parent = kinds;
            end = dot;
        }

        return best;
    }
}
