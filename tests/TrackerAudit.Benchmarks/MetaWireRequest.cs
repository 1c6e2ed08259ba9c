namespace TrackerAudit.Benchmarks;

/// <summary>One Meta Pixel request as a browser sends it: what the generators write and the benchmarks decode.</summary>
internal sealed record MetaWireRequest(string Method, string Url, string ResourceType, string? ContentType, string? Body, string? Cookie, string Referer);
