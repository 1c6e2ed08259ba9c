using System.Globalization;
using System.Text;

namespace TrackerAudit.Imports;

/// <summary>
/// A JSON string too long to hold in memory (a request body, usually), unescaped into a file as it was read
/// (<see cref="JsonTokenStream"/>). The file is deleted on <see cref="Dispose"/> unless it was moved first.
/// </summary>
internal sealed class SpilledString : IDisposable
{
    public SpilledString(string? path, long offset, long length, string? sha256, int? loneSurrogate, long loneSurrogateOffset)
    {
        Path = path;
        Offset = offset;
        Length = length;
        Sha256 = sha256;
        LoneSurrogate = loneSurrogate;
        LoneSurrogateOffset = loneSurrogateOffset;
    }

    /// <summary>The file holding the string as UTF-8; null when it was only scanned (a value being skipped).</summary>
    public string? Path { get; private set; }

    /// <summary>Where the string's opening quote is in the input.</summary>
    public long Offset { get; }

    /// <summary>Its length in UTF-8 bytes, unescaped.</summary>
    public long Length { get; }

    /// <summary>The SHA-256 of those bytes (lower-case hex), when they were kept.</summary>
    public string? Sha256 { get; }

    /// <summary>The first lone UTF-16 surrogate escape in it (<c>\ud800</c>), which no text can hold; null when none.</summary>
    public int? LoneSurrogate { get; }

    /// <summary>Where that escape is in the input.</summary>
    public long LoneSurrogateOffset { get; }

    /// <summary>Why this string is not text, or null when it is.</summary>
    public string? Problem => LoneSurrogate is { } unit
        ? string.Create(CultureInfo.InvariantCulture, $"holds a lone UTF-16 surrogate escape (\\u{unit:X4}) at byte {LoneSurrogateOffset}, which is not text")
        : null;

    /// <summary>The string; only for one short enough to hold.</summary>
    public string ReadText() => File.ReadAllText(Path ?? throw new InvalidOperationException("a skipped string was not kept"), Encoding.UTF8);

    /// <summary>The string's UTF-8 bytes; only for one short enough to hold.</summary>
    public byte[] ReadBytes() => File.ReadAllBytes(Path ?? throw new InvalidOperationException("a skipped string was not kept"));

    /// <summary>Moves the file where it is to stay; this object no longer deletes it.</summary>
    public void MoveTo(string path)
    {
        File.Move(Path ?? throw new InvalidOperationException("a skipped string was not kept"), path, overwrite: false);
        Path = null;
    }

    public void Dispose()
    {
        if (Path is not null)
        {
            File.Delete(Path);
            Path = null;
        }
    }
}
