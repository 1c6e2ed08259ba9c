using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrackerAudit.Imports;

/// <summary>
/// Pulls JSON tokens one at a time from a stream of any size through a <see cref="Utf8JsonReader"/> over a
/// refilled buffer. Memory stays flat: the buffer holds a block of the input, and grows only for a token that
/// does not fit, up to a limit. A string longer than <see cref="DecodeLimits.StreamStringsAbove"/> (a large body)
/// is never held: it is unescaped into a file as its bytes arrive (<see cref="Spilled"/>), and the reader is
/// given an empty string in its place. A value is turned into a string only when asked, so skipped values
/// (response bodies) are never allocated. Strings that are not text (a lone UTF-16 surrogate escape) are an
/// error of their entry, never a crash.
/// </summary>
internal sealed class JsonTokenStream : IDisposable
{
    internal const int BlockSize = 64 * 1024;

    // A buffer grown for a large token is kept up to this size: large tokens tend to come again.
    private const int KeptBufferSize = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly string _name;
    private readonly string _kind;
    private readonly DecodeLimits _limits;
    private readonly string? _spillFolder;
    private readonly JsonReaderOptions _options;
    private readonly bool _multipleValues;
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
    private int? _errorIndex;
    private bool _skipping;
    private SpilledString? _pendingSpill;
    private bool _newlineDropped;
    private int? _restartAt;

    /// <param name="name">The input's name in messages.</param>
    /// <param name="limits">What is held in memory, and how deep JSON may nest.</param>
    /// <param name="spillFolder">Where long strings are written as they are read (default: the temporary folder).</param>
    /// <param name="multipleValues">True for one JSON value after another (a request file, a value a line).</param>
    /// <param name="kind">What the input is, in messages.</param>
    public JsonTokenStream(Stream stream, string name, DecodeLimits? limits = null, string? spillFolder = null, bool multipleValues = false, string kind = "HAR file")
    {
        _stream = stream;
        _name = name;
        _kind = kind;
        _limits = limits ?? DecodeLimits.Default;
        _spillFolder = spillFolder;
        _options = new JsonReaderOptions { MaxDepth = _limits.MaxDepth, AllowMultipleValues = multipleValues };
        _multipleValues = multipleValues;
        _state = new JsonReaderState(_options);
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token: 0 for the root object and its closing brace.</summary>
    public int Depth { get; private set; }

    /// <summary>Where the current token starts in the input.</summary>
    public long TokenOffset => Spilled?.Offset ?? _bufferOffset + _tokenStart;

    /// <summary>Where reading stands in the input: just after the current token.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>
    /// The current string, when it was too long to hold and went to a file as it was read; deleted when the next
    /// token is read unless taken (<see cref="TakeSpilled"/>).
    /// </summary>
    public SpilledString? Spilled { get; private set; }

    /// <summary>Moves to the next token; false at the end of the input, which must then be complete JSON.</summary>
    public bool Read()
    {
        Spilled?.Dispose();
        Spilled = null;
        var newline = false;
        while (true)
        {
            var from = _start;
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException exception)
            {
                var offset = _bufferOffset + _start + reader.BytesConsumed;
                _errorIndex = SkipWhiteSpace(_start + (int)reader.BytesConsumed);
                throw new HarFormatException(_name, Position(offset), Reason(exception), _kind);
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
                Spilled = _pendingSpill;
                _pendingSpill = null;
                newline |= _newlineDropped || _buffer.AsSpan(from, _tokenStart - from).Contains((byte)'\n');
                _newlineDropped = false;
                if (_multipleValues && newline && (Depth > 0 || TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    throw LineEndsEarly(from);
                }

                return true;
            }

            if (_finalBlock)
            {
                TokenType = JsonTokenType.None;
                return false;
            }

            newline |= _buffer.AsSpan(_start, (int)reader.BytesConsumed).Contains((byte)'\n');
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_end - _start == _buffer.Length && _buffer.Length >= _limits.StreamStringsAbove && TrySpill())
            {
                continue;
            }

            Refill();
        }
    }

    /// <summary>Moves to the next token, which must exist: the end of the input here means it was cut short.</summary>
    public void ReadRequired()
    {
        if (!Read())
        {
            throw new HarFormatException(_name, Position(_bufferOffset + _end), "the file ends before the JSON does: it was cut short", _kind);
        }
    }

    /// <summary>Skips the current value: an object or array with everything in it, or a single token. Long strings in it are scanned, not kept.</summary>
    public void Skip()
    {
        _skipping = true;
        try
        {
            if (TokenType == JsonTokenType.PropertyName)
            {
                ReadRequired();
            }

            if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            SkipTo(Depth);
        }
        finally
        {
            _skipping = false;
        }
    }

    /// <summary>
    /// After an error inside the value that opened at <paramref name="depth"/> (an entry), reads on to its end, so
    /// that the next value can be read: the current token may be anywhere inside it, or its last.
    /// </summary>
    public void SkipRestOf(int depth)
    {
        _skipping = true;
        try
        {
            SkipTo(depth);
        }
        finally
        {
            _skipping = false;
        }
    }

    /// <summary>
    /// After JSON that cannot be read (one value a line): drops the input up to the end of the line where the
    /// error was, and starts afresh on the next line.
    /// </summary>
    public void SkipLine()
    {
        Spilled?.Dispose();
        Spilled = null;
        _pendingSpill?.Dispose();
        _pendingSpill = null;
        if (_restartAt is { } restart)
        {
            // The value was cut by its line's end, and the token after it begins the next line: read on from there.
            _restartAt = null;
            _errorIndex = null;
            _start = restart;
            _state = new JsonReaderState(_options);
            TokenType = JsonTokenType.None;
            return;
        }

        var from = Math.Clamp(_errorIndex ?? _start, _start, _end);
        _errorIndex = null;
        while (true)
        {
            var newline = _buffer.AsSpan(from, _end - from).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = from + newline + 1;
                break;
            }

            _start = _end;
            if (_finalBlock)
            {
                break;
            }

            Refill();
            from = _start;
        }

        _state = new JsonReaderState(_options);
        TokenType = JsonTokenType.None;
    }

    /// <summary>Takes the current spilled string: it is the caller's to move or dispose.</summary>
    public SpilledString? TakeSpilled()
    {
        var spilled = Spilled;
        Spilled = null;
        return spilled;
    }

    public bool NameIs(ReadOnlySpan<byte> utf8Name)
    {
        if (Spilled is not null)
        {
            // A name too long to hold is none that is read.
            return false;
        }

        if (!_valueIsEscaped)
        {
            return Value.SequenceEqual(utf8Name);
        }

        try
        {
            return GetString() == Encoding.UTF8.GetString(utf8Name);
        }
        catch (HarFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The current string or property name; for other tokens, their JSON text (<c>12</c>, <c>true</c>, <c>null</c>).
    /// A string that is not text, or too long for a field that is not a body, is an error of the entry, naming <paramref name="field"/>.
    /// </summary>
    public string GetString(string? field = null)
    {
        if (Spilled is { } spilled)
        {
            if (spilled.Length > _limits.MaxStringBytes)
            {
                throw Error(TokenOffset, string.Create(CultureInfo.InvariantCulture, $"is {spilled.Length:N0} bytes long, over the limit of {_limits.MaxStringBytes:N0} for a field that is not a body"), field);
            }

            return spilled.Problem is { } problem ? throw Error(TokenOffset, problem, field) : spilled.ReadText();
        }

        if (!_valueIsEscaped)
        {
            return Encoding.UTF8.GetString(Value);
        }

        // Let the reader unescape: it knows every JSON escape, surrogate pairs included, and refuses lone surrogates.
        var quoted = new Utf8JsonReader(_buffer.AsSpan(_tokenStart, _valueLength + 2), isFinalBlock: true, default);
        quoted.Read();
        try
        {
            return quoted.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(TokenOffset, NotText(), field);
        }
    }

    /// <summary>The current string, or null for a JSON null; other tokens are an error.</summary>
    public string? GetNullableString(string what) => TokenType switch
    {
        JsonTokenType.String => GetString(what),
        JsonTokenType.Null => null,
        _ => throw Error(TokenOffset, $"is {Describe()}, not a string", what),
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

    /// <summary>An error of the entry being read (the JSON itself is fine, and reading can go on after it).</summary>
    public HarFormatException Error(long offset, string reason, string? field = null) =>
        new(_name, Position(offset), reason, _kind, field, breaksFile: false);

    public void Dispose()
    {
        Spilled?.Dispose();
        Spilled = null;
        _pendingSpill?.Dispose();
        _pendingSpill = null;
    }

    private ReadOnlySpan<byte> Value => _buffer.AsSpan(_valueStart, _valueLength);

    private void SkipTo(int depth)
    {
        while (!(TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth))
        {
            ReadRequired();
        }
    }

    private void Refill()
    {
        CountLines(_buffer.AsSpan(0, _start), _bufferOffset);
        var remaining = _end - _start;
        var target = _buffer;
        if (remaining == _buffer.Length)
        {
            // One token longer than the buffer: grow until it fits, up to the limit (longer strings were streamed).
            if (_buffer.Length >= Math.Max(_limits.MaxOtherTokenBytes, _limits.StreamStringsAbove))
            {
                throw new HarFormatException(_name, Position(_bufferOffset + _start), string.Create(CultureInfo.InvariantCulture, $"a JSON value that is not a string is over {_buffer.Length:N0} bytes long"), _kind);
            }

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

    /// <summary>
    /// The buffer is full of one unfinished token: when it is a string, reads it to its end into a file and puts
    /// an empty string in its place for the reader. False when the token is not a string.
    /// </summary>
    private bool TrySpill()
    {
        var i = SkipWhiteSpace(_start);
        if (i == _end)
        {
            // Only white space: nothing for the reader to keep.
            _newlineDropped |= _buffer.AsSpan(_start, _end - _start).Contains((byte)'\n');
            _start = _end;
            return true;
        }

        var separator = _buffer[i] is (byte)':' or (byte)',' ? _buffer[i] : (byte)0;
        if (separator != 0)
        {
            i = SkipWhiteSpace(i + 1);
        }

        // The white space around the separator is left out of what the reader is given back: note a line break in it.
        var dropsNewline = _buffer.AsSpan(_start, i - _start).Contains((byte)'\n');

        if (i == _end || _buffer[i] != (byte)'"')
        {
            return false;
        }

        var quoteOffset = _bufferOffset + i;
        var path = _skipping ? null : Path.Combine(_spillFolder ?? Path.GetTempPath(), $".reading-{Guid.NewGuid():N}.tmp");
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        var spiller = new StringSpiller(path);
        try
        {
            var blockBase = _bufferOffset;
            var position = i + 1;
            int close;
            while (true)
            {
                var found = spiller.Feed(_buffer.AsSpan(position, _end - position));
                if (found >= 0)
                {
                    close = position + found;
                    break;
                }

                if (found == -2)
                {
                    var bad = position + spiller.ErrorIndex;
                    _bufferOffset = blockBase;
                    _start = bad;
                    _errorIndex = bad;
                    throw new HarFormatException(_name, Position(blockBase + bad), spiller.Error!, _kind);
                }

                CountLines(_buffer.AsSpan(0, _end), blockBase);
                blockBase += _end;
                _end = _stream.Read(_buffer, 0, _buffer.Length);
                position = 0;
                if (_end == 0)
                {
                    _bufferOffset = blockBase;
                    _start = 0;
                    _finalBlock = true;
                    throw new HarFormatException(_name, Position(blockBase), "the file ends inside a string: it was cut short", _kind);
                }
            }

            CountLines(_buffer.AsSpan(0, close + 1), blockBase);
            var rest = _end - (close + 1);
            var head = separator == 0 ? 2 : 3;
            var target = new byte[Math.Max(BlockSize, head + rest)];
            if (separator != 0)
            {
                target[0] = separator;
            }

            target[head - 2] = (byte)'"';
            target[head - 1] = (byte)'"';
            Buffer.BlockCopy(_buffer, close + 1, target, head, rest);
            _buffer = target;
            _bufferOffset = blockBase + close + 1 - head;
            _start = 0;
            _end = head + rest;
            _pendingSpill = spiller.Finish(quoteOffset, quoteOffset + 1);
            _newlineDropped |= dropsNewline;
            return true;
        }
        catch
        {
            spiller.Dispose();
            throw;
        }
    }

    // One value a line: a value that goes on past its line's end is cut short (and the next line is not part of it).
    private HarFormatException LineEndsEarly(int from)
    {
        Spilled?.Dispose();
        Spilled = null;
        _restartAt = _tokenStart;
        var newline = _buffer.AsSpan(from, _tokenStart - from).LastIndexOf((byte)'\n');
        var at = newline >= 0 ? from + newline : Math.Max(0, _tokenStart - 1);
        return new HarFormatException(_name, Position(_bufferOffset + at), "the line ends before its JSON value does: a request file holds one JSON object a line", _kind);
    }

    private int SkipWhiteSpace(int index)
    {
        while (index < _end && _buffer[index] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            index++;
        }

        return index;
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
        return new HarPosition(offset, lines + 1, Math.Max(1, offset - lineStart + 1));
    }

    // The reader refuses a lone surrogate without saying where: the spiller's scan of the raw value finds it.
    private string NotText()
    {
        using var scan = new StringSpiller(null);
        scan.Feed(_buffer.AsSpan(_valueStart, _valueLength + 1));
        using var scanned = scan.Finish(TokenOffset, TokenOffset + 1);
        return scanned.Problem ?? "holds bytes that are not UTF-8 text";
    }

    // The reader's message ends with its own position (", LineNumber: 0 | BytePositionInLine: 12."): ours replaces it.
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', ',');
    }
}
