using System.Text;
using System.Text.RegularExpressions;

namespace TrackerAudit.Journeys;

// Playwright's URL globs, matched against the whole URL: "*" is any run of characters but "/", "**" between
// slashes (or at either end) any run of path segments, "{a,b}" either alternative, "\" escapes the next
// character. Everything else, "?" and "[" included, is literal, as in Playwright since 1.52.
internal static class UrlGlob
{
    public static bool Matches(string pattern, string url) => ToRegex(pattern).IsMatch(url);

    // Only an unclosed "{" makes a pattern that cannot be matched at all.
    public static bool IsValid(string pattern)
    {
        try
        {
            ToRegex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        var inGroup = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(new string(pattern[++i], 1)));
                continue;
            }

            if (c == '*')
            {
                var before = i == 0 ? '/' : pattern[i - 1];
                var stars = 1;
                while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    stars++;
                    i++;
                }

                var after = i + 1 == pattern.Length ? '/' : pattern[i + 1];
                if (stars > 1 && before == '/' && after == '/')
                {
                    // Whole segments, each ending in a slash or at the end; the slash after "**" is part of it.
                    regex.Append("(?:[^/]*(?:/|$))*");
                    i++;
                }
                else
                {
                    regex.Append("[^/]*");
                }

                continue;
            }

            switch (c)
            {
                case '{':
                    inGroup = true;
                    regex.Append("(?:");
                    break;
                case '}' when inGroup:
                    inGroup = false;
                    regex.Append(')');
                    break;
                case ',' when inGroup:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(new string(c, 1)));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
