using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports;

/// <summary>
/// Makes text a site supplied (page titles, URLs, button texts, tracker parameters) safe to print on a terminal.
/// A page can put carriage returns, ANSI and OSC escape sequences or bidirectional overrides into what a pixel
/// sends; printed raw they erase lines, forge a clean summary or set the terminal title. Every control
/// character becomes a visible escape (<c>\r</c>, <c>\x1B</c>, <c>\u202E</c>), so the text reads as what it was.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> with every control and bidirectional formatting character escaped.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text.AsSpan(0, first));
        foreach (var character in text.AsSpan(first))
        {
            if (!Unsafe.Contains(character))
            {
                escaped.Append(character);
                continue;
            }

            escaped.Append(character switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $@"\x{(int)character:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)character:X4}"),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Formats an interpolated string invariantly, escaping every string argument (the literal parts are ours).</summary>
    public static string Format(FormattableString text)
    {
        var arguments = text.GetArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is string value)
            {
                arguments[i] = Escape(value);
            }
        }

        return string.Format(CultureInfo.InvariantCulture, text.Format, arguments);
    }

    /// <summary>C0 controls, DEL, C1 controls, and the Unicode bidirectional marks, embeddings, overrides and isolates.</summary>
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
