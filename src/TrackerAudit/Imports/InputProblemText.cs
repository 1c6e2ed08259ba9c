using System.Globalization;
using System.Text;
using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// An input problem in one line of plain text, for the console and the reports. Whatever came from the input
/// file (its name, a value quoted in a reason) has its control and bidirectional characters shown as
/// <c>\u202E</c>, so that no line can be forged on a terminal.
/// </summary>
internal static class InputProblemText
{
    /// <summary>Where: <c>file line 32, column 1, entry 32, field url</c>.</summary>
    public static string Where(InputProblem problem)
    {
        var text = new StringBuilder(Printable(problem.File));
        if (problem.Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $" line {line}");
            if (problem.Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $", column {column}");
            }
        }

        if (problem.Entry is { } entry && entry != problem.Line)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(problem.Line is null ? "" : ",")} entry {entry}");
        }

        return text.ToString();
    }

    /// <summary>The whole problem: where, the field, and why.</summary>
    public static string Format(InputProblem problem) =>
        Where(problem) + ": " + (problem.Field is null ? "" : Printable(problem.Field) + ": ") + Printable(problem.Reason);

    /// <summary>The text with every control, bidirectional-formatting and lone surrogate character written as <c>\uXXXX</c>.</summary>
    public static string Printable(string text)
    {
        if (WebUrls.Unprintable(text) is null)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                shown.Append(c).Append(text[++i]);
            }
            else if (WebUrls.Unprintable(c.ToString()) is not null)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }
}
