namespace TrackerAudit.Journeys;

// Line and column (1-based) of a place in a file, counted as YamlDotNet counts them: a line break is LF,
// CR LF or a lone CR, and a column is a UTF-16 code unit, so that positions agree with the parser's.
internal static class TextPositions
{
    public static SourceLocation OfChar(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, index - lineStart + 1);
    }

    // For bytes that may not be valid UTF-8 (the place is where they stop being so) or that were cut off at
    // a size limit: a column counts every byte that is not a UTF-8 continuation byte.
    public static SourceLocation OfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(line, column);
    }
}
