using System.Text;
using System.Xml;

namespace TrackerAudit.Reports.JUnit;

/// <summary>
/// Makes captured text storable in XML 1.0: characters XML cannot hold at all (most control characters,
/// lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so a hostile page cannot make the report unreadable.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
            }
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>One cleaned line, cut to <paramref name="maxLength"/>: for attributes such as a failure's message.</summary>
    public static string Line(string? text, int maxLength)
    {
        var line = Clean(text).ReplaceLineEndings(" ").Replace('\t', ' ');
        if (line.Length <= maxLength)
        {
            return line;
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }

        return line[..cut] + "…";
    }
}
