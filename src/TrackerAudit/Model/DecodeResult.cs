namespace TrackerAudit.Model;

/// <summary>The events decoded from one request, and what could not be decoded.</summary>
/// <param name="Events">Zero or more events (a batch request holds several).</param>
/// <param name="Warnings">Problems met while decoding; the request is never dropped because of them.</param>
public sealed record DecodeResult(IReadOnlyList<TrackerEvent> Events, IReadOnlyList<string> Warnings)
{
    /// <summary>A result with no events and one warning, for a request that could not be read at all.</summary>
    public static DecodeResult Undecoded(string warning) => new([], [warning]);
}
