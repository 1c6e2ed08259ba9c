namespace TrackerAudit.Imports;

/// <summary>
/// A HAR file that is not valid JSON, not a HAR, or cut short; or one entry of it that cannot be read. The
/// message names the file and the position; the entries read before it stay valid.
/// </summary>
internal sealed class HarFormatException : Exception
{
    public HarFormatException(string file, HarPosition position, string reason, string kind = "HAR file", string? field = null, bool breaksFile = true)
        : base($"{file} is not a readable {kind}: at {position}: {(field is null ? "" : field + ": ")}{reason}")
    {
        File = file;
        Position = position;
        Reason = reason;
        Field = field;
        BreaksFile = breaksFile;
    }

    public string File { get; }

    public HarPosition Position { get; }

    public string Reason { get; }

    /// <summary>The field at fault (<c>request.url</c>), when one is.</summary>
    public string? Field { get; }

    /// <summary>
    /// True when the JSON itself is broken (invalid, cut short, nested too deep) so that nothing after it can be
    /// read; false when only the entry holding it is wrong, and the next entry can be read.
    /// </summary>
    public bool BreaksFile { get; }
}
