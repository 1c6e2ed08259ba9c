using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Markdown;

/// <summary>
/// Makes captured text (page titles, button text, URLs: all chosen by the audited site, so possibly
/// hostile) safe to place inside Markdown that GitHub or GitLab renders: one line, no HTML, no
/// formatting, no table breaks, no @mentions, and short.
/// </summary>
internal static class MarkdownText
{
    public const int DefaultMaxLength = 300;

    /// <summary>The text, cut to <paramref name="maxLength"/> and escaped for a Markdown line or table cell.</summary>
    public static string Escape(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var shown = Shorten(text, maxLength);
        var escaped = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '!' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                case '@':
                    // A zero-width space after '@' keeps captured text from notifying a GitHub user or team.
                    escaped.Append("@\u200B");
                    break;
                default:
                    escaped.Append(IsInvisible(c) ? ' ' : c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>An inline code span for ids and paths; falls back to escaped text when the value could break out of one.</summary>
    public static string Code(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var shown = Shorten(text, maxLength);
        return shown.Any(c => c is '`' or '|' or '@' || IsInvisible(c)) ? Escape(shown, maxLength) : "`" + shown + "`";
    }

    /// <summary>At most <paramref name="maxLength"/> characters, ending in "…" when cut; never splits a surrogate pair.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = Math.Max(0, maxLength - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    // Newlines would end a table row or a list item; bidirectional overrides can make text read differently than it is.
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
