namespace TrackerAudit.Benchmarks;

/// <summary>One entry the HAR generator writes.</summary>
internal sealed record HarEntrySpec(string ResourceType, string Method, string Url, string PageRef, long Time, string MimeType, string Content, bool Base64)
{
    public string? RequestBody { get; init; }

    public string? RequestType { get; init; }

    public string? Cookie { get; init; }

    /// <summary>How the entry counts in the stated mix; the resource type when null.</summary>
    public string? Kind { get; init; }
}
