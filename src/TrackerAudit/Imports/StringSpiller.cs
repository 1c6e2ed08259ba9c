using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Imports;

/// <summary>
/// Unescapes the content of one JSON string as its bytes arrive, into a file (or nowhere, when the value is being
/// skipped), so that a string of any length costs a small buffer. Checks what Utf8JsonReader would: escapes,
/// control characters; and notes lone UTF-16 surrogate escapes, which the reader would refuse to turn into text.
/// </summary>
internal sealed class StringSpiller : IDisposable
{
    private static readonly SearchValues<byte> Special = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    private readonly string? _path;
    private readonly FileStream? _file;
    private readonly IncrementalHash? _hash;
    private readonly byte[] _out = new byte[64 * 1024];
    private int _outCount;
    private bool _escape;
    private int _hexDigits = -1;
    private int _hexValue;
    private int _pendingHigh = -1;
    private long _pendingHighAt;
    private long _read;

    /// <param name="path">The file to write, or null to only scan.</param>
    public StringSpiller(string? path)
    {
        _path = path;
        if (path is not null)
        {
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    public long Length { get; private set; }

    /// <summary>Why the string is not valid JSON, after <see cref="Feed"/> returned -2.</summary>
    public string? Error { get; private set; }

    /// <summary>Where in the span given to <see cref="Feed"/> the error is.</summary>
    public int ErrorIndex { get; private set; }

    private int? LoneSurrogate { get; set; }

    private long LoneSurrogateAt { get; set; }

    /// <summary>
    /// Takes the next bytes of the string's content: returns the index of its closing quote in them, -1 when the
    /// string goes on, -2 when it is not valid JSON (<see cref="Error"/>).
    /// </summary>
    public int Feed(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (_hexDigits >= 0)
            {
                var digit = HexValue(bytes[i]);
                if (digit < 0)
                {
                    return Fail(i, "a \\u escape needs four hexadecimal digits");
                }

                _hexValue = (_hexValue << 4) | digit;
                i++;
                if (++_hexDigits == 4)
                {
                    _hexDigits = -1;
                    CodeUnit(_hexValue, _read + i - 6);
                }

                continue;
            }

            if (_escape)
            {
                _escape = false;
                var b = bytes[i];
                if (b == (byte)'u')
                {
                    _hexDigits = 0;
                    _hexValue = 0;
                    i++;
                    continue;
                }

                byte? plain = b switch
                {
                    (byte)'"' or (byte)'\\' or (byte)'/' => b,
                    (byte)'b' => 8,
                    (byte)'f' => 12,
                    (byte)'n' => 10,
                    (byte)'r' => 13,
                    (byte)'t' => 9,
                    _ => null,
                };
                if (plain is null)
                {
                    return Fail(i, "'\\" + (char)b + "' is not a JSON escape");
                }

                EndPendingHigh();
                Emit(plain.Value);
                i++;
                continue;
            }

            var run = bytes[i..].IndexOfAny(Special);
            if (run != 0)
            {
                var length = run < 0 ? bytes.Length - i : run;
                EndPendingHigh();
                Emit(bytes.Slice(i, length));
                i += length;
                continue;
            }

            var special = bytes[i];
            if (special == (byte)'"')
            {
                EndPendingHigh();
                _read += i + 1;
                return i;
            }

            if (special == (byte)'\\')
            {
                _escape = true;
                i++;
                continue;
            }

            return Fail(i, "a string holds a raw control character (a line break, a tab, NUL...): JSON strings escape them");
        }

        _read += bytes.Length;
        return -1;
    }

    /// <summary>Closes the file and describes the string, found at <paramref name="offset"/>.</summary>
    public SpilledString Finish(long offset, long contentOffset)
    {
        FlushOut();
        _file?.Dispose();
        var sha256 = _hash is null ? null : Convert.ToHexStringLower(_hash.GetHashAndReset());
        return new SpilledString(_path, offset, Length, sha256, LoneSurrogate, contentOffset + LoneSurrogateAt);
    }

    /// <summary>Closes and deletes the file of a string that could not be read.</summary>
    public void Dispose()
    {
        _hash?.Dispose();
        if (_file is not null)
        {
            _file.Dispose();
            File.Delete(_path!);
        }
    }

    private void CodeUnit(int unit, long at)
    {
        if (unit is >= 0xD800 and <= 0xDBFF)
        {
            EndPendingHigh();
            _pendingHigh = unit;
            _pendingHighAt = at;
            return;
        }

        if (unit is >= 0xDC00 and <= 0xDFFF)
        {
            if (_pendingHigh >= 0)
            {
                EmitRune(new Rune((char)_pendingHigh, (char)unit));
                _pendingHigh = -1;
            }
            else
            {
                Lone(unit, at);
            }

            return;
        }

        EndPendingHigh();
        EmitRune(new Rune(unit));
    }

    private void EndPendingHigh()
    {
        if (_pendingHigh >= 0)
        {
            Lone(_pendingHigh, _pendingHighAt);
            _pendingHigh = -1;
        }
    }

    private void Lone(int unit, long at)
    {
        if (LoneSurrogate is null)
        {
            LoneSurrogate = unit;
            LoneSurrogateAt = at;
        }

        EmitRune(Rune.ReplacementChar);
    }

    private void EmitRune(Rune rune)
    {
        Span<byte> utf8 = stackalloc byte[4];
        Emit(utf8[..rune.EncodeToUtf8(utf8)]);
    }

    private void Emit(byte b) => Emit([b]);

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        Length += bytes.Length;
        if (_file is null)
        {
            return;
        }

        while (!bytes.IsEmpty)
        {
            var count = Math.Min(bytes.Length, _out.Length - _outCount);
            bytes[..count].CopyTo(_out.AsSpan(_outCount));
            _outCount += count;
            bytes = bytes[count..];
            if (_outCount == _out.Length)
            {
                FlushOut();
            }
        }
    }

    private void FlushOut()
    {
        if (_file is null || _outCount == 0)
        {
            return;
        }

        _hash!.AppendData(_out, 0, _outCount);
        _file.Write(_out, 0, _outCount);
        _outCount = 0;
    }

    private int Fail(int index, string reason)
    {
        Error = reason;
        ErrorIndex = index;
        return -2;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
