using System.Globalization;
using System.Text;

namespace TrackerAudit.Journeys;

/// <summary>
/// Characters that must not come from an input file into a name, selector, URL or the terminal: NUL and other C0
/// controls, DEL, C1 controls (ESC sequences can rewrite a terminal line), bidirectional controls (they make text
/// display in another order than it is read), and halves of UTF-16 surrogate pairs.
/// </summary>
internal static class UnsafeText
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "NUL",
        [0x07] = "BEL",
        [0x08] = "BS",
        [0x09] = "TAB",
        [0x0A] = "LF",
        [0x0B] = "VT",
        [0x0C] = "FF",
        [0x0D] = "CR",
        [0x1B] = "ESC",
        [0x7F] = "DEL",
        [0x85] = "NEL",
        [0x9B] = "CSI",
        [0x202A] = "LRE",
        [0x202B] = "RLE",
        [0x202C] = "PDF",
        [0x202D] = "LRO",
        [0x202E] = "RLO",
        [0x2066] = "LRI",
        [0x2067] = "RLI",
        [0x2068] = "FSI",
        [0x2069] = "PDI",
    };

    /// <summary>
    /// Whether the character at <paramref name="index"/> is unsafe. Tab and line feed are allowed when
    /// <paramref name="allowTabAndNewline"/> is set (multi-line text and whole files); a carriage return only in
    /// whole files, as part of a line break.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Index of a UTF-16 code unit in <paramref name="text"/>.</param>
    /// <param name="allowTabAndNewline">Whether tab and line feed are allowed.</param>
    /// <returns>True when the character is unsafe.</returns>
    public static bool IsUnsafeAt(string text, int index, bool allowTabAndNewline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = text[index];
        if (char.IsHighSurrogate(c))
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c))
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        if (c is '\t' or '\n')
            return !allowTabAndNewline;
        return c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
    }

    /// <summary>The index of the first unsafe character, or -1.</summary>
    /// <param name="text">The text.</param>
    /// <param name="allowTabAndNewline">Whether tab and line feed are allowed.</param>
    /// <returns>A UTF-16 index into <paramref name="text"/>, or -1.</returns>
    public static int IndexOfUnsafe(string text, bool allowTabAndNewline)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafeAt(text, i, allowTabAndNewline))
                return i;
        }

        return -1;
    }

    /// <summary>
    /// Says what the unsafe character at <paramref name="index"/> is, e.g. <c>U+001B (ESC), a control character</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Index of an unsafe character.</param>
    /// <returns>The description.</returns>
    public static string Describe(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = text[index];
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
        var name = Names.TryGetValue(c, out var known) ? $"{code} ({known})" : code;
        if (char.IsSurrogate(c))
            return $"{code}, half of a UTF-16 surrogate pair without its other half (invalid UTF-16)";
        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            return $"{name}, a bidirectional control that makes text display in another order than it is read";
        return $"{name}, a control character";
    }

    /// <summary>
    /// Makes text from an input file safe to print on one terminal line: every unsafe character, tab and line
    /// break included, becomes a visible escape such as <c>\u001B</c>, and a backslash stays as it is.
    /// </summary>
    /// <param name="text">The text, e.g. a journey name or a file name.</param>
    /// <returns>The text with unsafe characters escaped; the same instance when there were none.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IndexOfUnsafe(text, allowTabAndNewline: false) < 0)
            return text;

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafeAt(text, i, allowTabAndNewline: false))
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            else
                escaped.Append(text[i]);
        }

        return escaped.ToString();
    }
}
