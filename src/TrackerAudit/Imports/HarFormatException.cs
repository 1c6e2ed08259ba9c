namespace TrackerAudit.Imports;

/// <summary>
/// A HAR file that is not valid JSON, not a HAR, or cut short. The message names the file and the position;
/// the entries read before it stay valid.
/// </summary>
internal sealed class HarFormatException : Exception
{
    public HarFormatException(string file, HarPosition position, string reason, string kind = "HAR file")
        : base($"{file} is not a readable {kind}: at {position}: {reason}")
    {
        File = file;
        Position = position;
        Reason = reason;
    }

    public string File { get; }

    public HarPosition Position { get; }

    public string Reason { get; }
}
