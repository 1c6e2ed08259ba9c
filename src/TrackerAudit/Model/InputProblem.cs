namespace TrackerAudit.Model;

/// <summary>
/// An entry of an input file (a HAR entry, a line of a request file, a URL) that could not be read, and why:
/// <c>decode</c> skips it, decodes the others and lists it here.
/// </summary>
public sealed record InputProblem
{
    /// <summary>The input file, or <c>standard input</c> / <c>command line</c> for URLs.</summary>
    public required string File { get; init; }

    /// <summary>The entry's number in the input, from 1 (a HAR's <c>log.entries</c> index + 1, a request file's non-blank line count); absent when the problem is the file's.</summary>
    public long? Entry { get; init; }

    /// <summary>The 1-based line where the problem is, when known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (in bytes) where the problem is, when known.</summary>
    public long? Column { get; init; }

    /// <summary>The field that is wrong, e.g. <c>request.url</c>, when one is.</summary>
    public string? Field { get; init; }

    /// <summary>Why, in plain words.</summary>
    public required string Reason { get; init; }
}
