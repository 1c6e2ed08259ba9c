using System.Text;
using System.Text.RegularExpressions;

namespace TrackerAudit.Findings.Matching;

/// <summary>
/// Finds a journey's sensitive words and phrases (e.g. "sexual assault") in captured text,
/// ignoring case, in plain text, URL-encoded text and URL slugs.
/// </summary>
/// <remarks>
/// Between the words of a phrase any run of separators is accepted: white space, <c>-</c>,
/// <c>_</c>, <c>+</c>, and the URL-encoded space and plus, once or twice encoded (<c>%20</c>,
/// <c>%2520</c>, <c>%2B</c>, <c>%252B</c>). A word with characters outside unreserved ASCII is
/// also found percent-encoded (<c>agresi%C3%B3n</c>).
/// A match must stand between word boundaries: no letter right before or after it, so "rape"
/// is found in <c>/report-rape/</c> but not in "grapefruit" or "drapes". A percent escape right
/// before the match counts as a boundary, so the <c>F</c> of <c>%2F</c> in
/// <c>%2Freport%2Frape</c> does not hide the word. Plurals and other inflections are not
/// found unless listed.
/// </remarks>
internal sealed class SensitiveWordMatcher
{
    private const string Separator = @"(?:\s|[-_+]|%(?:25)?(?:20|2[Bb]))+";
    private const string Before = @"(?:(?<!\p{L})|(?<=%(?:25)?[0-9A-Fa-f]{2}))";
    private const string After = @"(?!\p{L})";

    private static readonly char[] WordSeparators = [' ', '\t', '\r', '\n', '-', '_', '+'];

    private readonly (string Word, Regex Pattern)[] _patterns;

    public SensitiveWordMatcher(IEnumerable<string> words)
    {
        _patterns =
        [
            .. words
                .Where(word => !string.IsNullOrWhiteSpace(word))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(word => (word, new Regex(
                    Before + PhrasePattern(word) + After,
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))),
        ];
    }

    /// <summary>True when there are no words to search for.</summary>
    public bool IsEmpty => _patterns.Length == 0;

    /// <summary>Every occurrence of every word, in order of position (longer matches first at the same position).</summary>
    public IReadOnlyList<SensitiveWordMatch> FindIn(string text)
    {
        if (IsEmpty || text.Length == 0)
        {
            return [];
        }

        var matches = new List<SensitiveWordMatch>();
        foreach (var (word, pattern) in _patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                matches.Add(new SensitiveWordMatch(word, match.Index, match.Value));
            }
        }

        matches.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.MatchedText.Length.CompareTo(a.MatchedText.Length));
        return matches;
    }

    private static string PhrasePattern(string phrase)
    {
        var words = phrase.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(Separator, words.Select(WordPattern));
    }

    private static string WordPattern(string word)
    {
        var spellings = new List<string> { word };
        var encoded = Uri.EscapeDataString(word);
        if (!string.Equals(encoded, word, StringComparison.Ordinal))
        {
            spellings.Add(encoded);
            spellings.Add(Uri.EscapeDataString(encoded));
        }

        var pattern = new StringBuilder("(?:");
        pattern.AppendJoin('|', spellings.Select(Regex.Escape));
        return pattern.Append(')').ToString();
    }
}
