namespace TrackerAudit.Capture.NetworkLog;

/// <summary>One request (one hop of a redirect chain) as Chromium's network log recorded it.</summary>
internal sealed record NetLogRequest
{
    public required DateTimeOffset Time { get; init; }

    public required string Method { get; init; }

    public required string Url { get; init; }

    /// <summary>The origin that caused the request; null for the browser's own requests.</summary>
    public string? Initiator { get; init; }

    /// <summary>"main frame", "sub frame" or "other".</summary>
    public string? RequestType { get; init; }

    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    public long BodySize { get; init; }

    public int? Status { get; init; }

    /// <summary>Chromium's net error name, e.g. <c>net::ERR_NAME_NOT_RESOLVED</c>, when the request failed.</summary>
    public string? Failure { get; init; }

    /// <summary>True for requests a page made, false for the browser's own (updates, sync...).</summary>
    public bool FromPage => Initiator is not null || RequestType is "main frame" or "sub frame";
}
