using System.Buffers;
using System.Collections;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using TrackerAudit.Serialization;

namespace TrackerAudit.Imports;

/// <summary>
/// A list that keeps its items on disk, as JSON in a temporary file, and only their positions in memory
/// (8 bytes each): what a decode run holds for the requests of a capture of any size. Each enumeration
/// reads the file again, so a reader that streams holds one item at a time. Items are added in order,
/// then read; the file is deleted when the list is disposed (at once on Unix, where the open handle keeps
/// it readable, so a crash leaves nothing behind).
/// </summary>
internal sealed class SpilledList<T> : IReadOnlyList<T>, IDisposable
    where T : class
{
    private const int ReadBlock = 256 * 1024;

    private readonly SafeFileHandle _file;
    private readonly List<long> _offsets = [0];
    private readonly ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private long _written;

    /// <param name="folder">Where the temporary file goes: best on the disk the reports go to, not a RAM-backed /tmp.</param>
    public SpilledList(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $".trackeraudit-spill-{Guid.NewGuid():N}.tmp");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }
    }

    public int Count => _offsets.Count - 1;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            Flush();
            var length = (int)(_offsets[index + 1] - _offsets[index]);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                ReadExactly(buffer.AsSpan(0, length), _offsets[index]);
                return Deserialize(buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public void Add(T item)
    {
        using (var writer = new Utf8JsonWriter(_pending))
        {
            JsonSerializer.Serialize(writer, item, JsonDefaults.Compact);
        }

        _offsets.Add(_written + _pending.WrittenCount);
        if (_pending.WrittenCount >= ReadBlock)
        {
            Flush();
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        Flush();
        var count = Count;
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBlock);
        try
        {
            // A block of whole items at a time; an item larger than the block gets a buffer of its own size.
            var index = 0;
            while (index < count)
            {
                var start = _offsets[index];
                var end = index + 1;
                while (end < count && _offsets[end + 1] - start <= buffer.Length)
                {
                    end++;
                }

                var length = (int)(_offsets[end] - start);
                if (length > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                }

                ReadExactly(buffer.AsSpan(0, length), start);
                for (; index < end; index++)
                {
                    var from = (int)(_offsets[index] - start);
                    yield return Deserialize(buffer.AsSpan(from, (int)(_offsets[index + 1] - _offsets[index])));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => _file.Dispose();

    private static T Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<T>(json, JsonDefaults.Compact) ?? throw new InvalidDataException("a spilled item read back as null");

    private void Flush()
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        RandomAccess.Write(_file, _pending.WrittenSpan, _written);
        _written += _pending.WrittenCount;
        _pending.ResetWrittenCount();
    }

    private void ReadExactly(Span<byte> into, long offset)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(_file, into, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("the spill file is shorter than what was written to it");
            }

            into = into[read..];
            offset += read;
        }
    }
}
