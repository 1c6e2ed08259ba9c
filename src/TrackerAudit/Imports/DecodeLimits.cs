namespace TrackerAudit.Imports;

/// <summary>
/// What <c>decode</c> reads from one input, checked before anything is held in memory: past a limit, the entry is
/// skipped and listed, or (a string too long to hold) it is streamed to a file. Listed in docs/reliability.md.
/// </summary>
internal sealed record DecodeLimits
{
    public static DecodeLimits Default { get; } = new();

    /// <summary>A JSON string that is not a request body (a URL, a header, a date...) is read up to this many bytes.</summary>
    public int MaxStringBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>A URL (a line of standard input, an argument) is at most this many characters: Chromium's own limit.</summary>
    public int MaxUrlChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>A JSON string longer than this (a body) is not held in memory: it is streamed to a file as it is read.</summary>
    public int StreamStringsAbove { get; init; } = JsonTokenStream.BlockSize;

    /// <summary>A JSON token that is not a string (a number) is at most this long.</summary>
    public int MaxOtherTokenBytes { get; init; } = 1024 * 1024;

    /// <summary>JSON nesting deeper than this is an error (the file is unreadable from there).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>A tracker's body longer than this is not decoded (it is kept in <c>bodies/</c>): a decoder holds all it reads.</summary>
    public long MaxDecodedBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>An input holds at most this many requests; reading stops there, saying so.</summary>
    public long MaxEntries { get; init; } = 10_000_000;
}
