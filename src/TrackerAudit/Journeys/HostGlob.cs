using System.Text;
using System.Text.RegularExpressions;

namespace TrackerAudit.Journeys;

// A host or host glob: "*" stands for one or more characters, dots included, so "*.facebook.com" matches
// www.facebook.com and a.b.facebook.com but not facebook.com itself. Compared ignoring case, as hosts are.
internal static class HostGlob
{
    public static bool IsValid(string pattern) =>
        pattern.Length > 0
        && !pattern.Any(char.IsWhiteSpace)
        && !pattern.Contains('/', StringComparison.Ordinal)
        && (!pattern.Contains(':', StringComparison.Ordinal) || pattern.StartsWith('['));

    public static bool Matches(string pattern, string host) => ToRegex(pattern).IsMatch(host.TrimEnd('.'));

    public static Regex ToRegex(string pattern)
    {
        var parts = pattern.Split('*');
        var regex = new StringBuilder("^").Append(Regex.Escape(parts[0]));
        foreach (var part in parts.Skip(1))
            regex.Append(".+").Append(Regex.Escape(part));

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
