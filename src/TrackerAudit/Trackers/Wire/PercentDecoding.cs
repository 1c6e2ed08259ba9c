using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Undoes percent-encoding the way a tolerant server would: text that is not valid
/// percent-encoded UTF-8 is kept exactly as it arrived, so nothing a tracker received is lost.
/// </summary>
internal static class PercentDecoding
{
    private const int StackLimit = 512;

    // False when a % is not followed by two hex digits or the bytes are not UTF-8; the raw text is then returned.
    // Short results are shared instances (WireStrings): the same names and values come in every request.
    public static bool TryDecode(ReadOnlySpan<char> text, bool plusIsSpace, out string decoded)
    {
        if (!NeedsDecoding(text, plusIsSpace))
        {
            decoded = WireStrings.Of(text);
            return true;
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            if (TryUnescape(text, plusIsSpace, buffer, out var length) && Utf8.IsValid(buffer[..length]))
            {
                decoded = Text(buffer[..length]);
                return true;
            }

            decoded = WireStrings.Of(text);
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string Text(ReadOnlySpan<byte> utf8)
    {
        // Decoded text is never longer in UTF-16 units than in bytes.
        if (utf8.Length > WireStrings.MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[WireStrings.MaxLength];
        return WireStrings.Of(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    // For values where a bad escape is not worth a warning (cookies).
    public static string DecodeOrRaw(ReadOnlySpan<char> text, bool plusIsSpace)
    {
        TryDecode(text, plusIsSpace, out var decoded);
        return decoded;
    }

    private static bool NeedsDecoding(ReadOnlySpan<char> text, bool plusIsSpace) =>
        plusIsSpace ? text.IndexOfAny('%', '+') >= 0 : text.Contains('%');

    private static bool TryUnescape(ReadOnlySpan<char> text, bool plusIsSpace, Span<byte> buffer, out int length)
    {
        length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length)
                {
                    return false;
                }

                var high = HexValue(text[i + 1]);
                var low = HexValue(text[i + 2]);
                if (high < 0 || low < 0)
                {
                    return false;
                }

                buffer[length++] = (byte)((high << 4) | low);
                i += 2;
            }
            else if (c == '+' && plusIsSpace)
            {
                buffer[length++] = (byte)' ';
            }
            else if (c < 0x80)
            {
                buffer[length++] = (byte)c;
            }
            else
            {
                // Text that already holds non-ASCII characters (a URL the browser did not fully encode)
                // is re-encoded to UTF-8 so it can sit next to percent-escaped bytes.
                if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
                {
                    rune = Rune.ReplacementChar;
                }

                length += rune.EncodeToUtf8(buffer[length..]);
                i += Math.Max(consumed, 1) - 1;
            }
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
