using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrackerAudit.Imports;

/// <summary>
/// Pulls JSON tokens one at a time from a stream of any size through a <see cref="Utf8JsonReader"/> over a
/// refilled buffer. Memory stays flat: the buffer holds a block of the input, and grows only as far as the
/// longest single token (a token must be contiguous for the reader). A value is turned into a string only
/// when asked, so skipped values (response bodies) are never allocated.
/// </summary>
internal sealed class JsonTokenStream
{
    internal const int BlockSize = 64 * 1024;

    // A buffer grown for a large token is kept up to this size: large bodies tend to come again, and
    // regrowing for each one costs more than the memory.
    private const int KeptBufferSize = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly string _name;
    private byte[] _buffer = new byte[BlockSize];
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state;

    // Where _buffer[0] lies in the input, and the lines before it, for positions in error messages.
    private long _bufferOffset;
    private long _linesBefore;
    private long _lineStartBefore;

    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private bool _valueIsEscaped;

    public JsonTokenStream(Stream stream, string name)
    {
        _stream = stream;
        _name = name;
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token: 0 for the root object and its closing brace.</summary>
    public int Depth { get; private set; }

    /// <summary>Where the current token starts in the input.</summary>
    public long TokenOffset => _bufferOffset + _tokenStart;

    /// <summary>Where reading stands in the input: just after the current token.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>Moves to the next token; false at the end of the input, which must then be complete JSON.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException exception)
            {
                var offset = _bufferOffset + _start + reader.BytesConsumed;
                throw new HarFormatException(_name, Position(offset), Reason(exception));
            }

            if (read)
            {
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                _tokenStart = _start + (int)reader.TokenStartIndex;
                var quoted = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName;
                _valueStart = _tokenStart + (quoted ? 1 : 0);
                _valueLength = reader.ValueSpan.Length;
                _valueIsEscaped = reader.ValueIsEscaped;
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            if (_finalBlock)
            {
                TokenType = JsonTokenType.None;
                return false;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            Refill();
        }
    }

    /// <summary>Moves to the next token, which must exist: the end of the input here means it was cut short.</summary>
    public void ReadRequired()
    {
        if (!Read())
        {
            throw Error(_bufferOffset + _end, "the file ends before the JSON does: it was cut short");
        }
    }

    /// <summary>Skips the current value: an object or array with everything in it, or a single token.</summary>
    public void Skip()
    {
        if (TokenType == JsonTokenType.PropertyName)
        {
            ReadRequired();
        }

        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        do
        {
            ReadRequired();
        }
        while (!(TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth));
    }

    public bool NameIs(ReadOnlySpan<byte> utf8Name) =>
        _valueIsEscaped ? GetString() == Encoding.UTF8.GetString(utf8Name) : Value.SequenceEqual(utf8Name);

    /// <summary>The current string or property name; for other tokens, their JSON text (<c>12</c>, <c>true</c>, <c>null</c>).</summary>
    public string GetString()
    {
        if (!_valueIsEscaped)
        {
            return Encoding.UTF8.GetString(Value);
        }

        // Let the reader unescape: it knows every JSON escape, surrogate pairs included.
        var quoted = new Utf8JsonReader(_buffer.AsSpan(_tokenStart, _valueLength + 2), isFinalBlock: true, default);
        quoted.Read();
        return quoted.GetString()!;
    }

    /// <summary>The current string, or null for a JSON null; other tokens are an error.</summary>
    public string? GetNullableString(string what) => TokenType switch
    {
        JsonTokenType.String => GetString(),
        JsonTokenType.Null => null,
        _ => throw Error(TokenOffset, $"{what} is {Describe()}, not a string"),
    };

    /// <summary>The current number as an integer, or null when it is not one.</summary>
    public long? GetInteger() =>
        TokenType == JsonTokenType.Number && long.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public string Describe() => TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "the end of the input",
    };

    public HarFormatException Error(long offset, string reason) => new(_name, Position(offset), reason);

    private ReadOnlySpan<byte> Value => _buffer.AsSpan(_valueStart, _valueLength);

    private void Refill()
    {
        CountLines(_buffer.AsSpan(0, _start), _bufferOffset);
        var remaining = _end - _start;
        var target = _buffer;
        if (remaining == _buffer.Length)
        {
            // One token longer than the buffer (a large body): grow until it fits.
            target = new byte[_buffer.Length * 2];
        }
        else if (_buffer.Length > KeptBufferSize && remaining < BlockSize / 2)
        {
            // A very large token has passed: give its memory back.
            target = new byte[BlockSize];
        }

        Buffer.BlockCopy(_buffer, _start, target, 0, remaining);
        _buffer = target;
        _bufferOffset += _start;
        _start = 0;
        _end = remaining;

        var count = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += count;
        _finalBlock = count == 0;
    }

    private void CountLines(ReadOnlySpan<byte> dropped, long droppedOffset)
    {
        _linesBefore += dropped.Count((byte)'\n');
        var last = dropped.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _lineStartBefore = droppedOffset + last + 1;
        }
    }

    private HarPosition Position(long offset)
    {
        var inBuffer = _buffer.AsSpan(0, (int)Math.Clamp(offset - _bufferOffset, 0, _end));
        var lines = _linesBefore + inBuffer.Count((byte)'\n');
        var last = inBuffer.LastIndexOf((byte)'\n');
        var lineStart = last >= 0 ? _bufferOffset + last + 1 : _lineStartBefore;
        return new HarPosition(offset, lines + 1, offset - lineStart + 1);
    }

    // The reader's message ends with its own position (", LineNumber: 0 | BytePositionInLine: 12."): ours replaces it.
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', ',');
    }
}
