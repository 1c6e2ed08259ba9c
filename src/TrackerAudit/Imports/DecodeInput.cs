using TrackerAudit.Capture;
using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>One capture to decode: a HAR file, a request file or a list of URLs, read lazily.</summary>
/// <param name="Journey">The name of its journey run (the file's name, or <c>urls</c>).</param>
/// <param name="SourcePath">The file, or where the URLs came from.</param>
/// <param name="SourceSha256">SHA-256 of the input's bytes.</param>
/// <param name="StartUrl">The page the capture started on, which decides what is first party; see <see cref="DecodeRun.StartUrlOf"/>.</param>
/// <param name="ReadWith">The requests in capture order, numbered from the reading's first id, bad entries noted in its problem log; read once.</param>
internal sealed record DecodeInput(string Journey, string SourcePath, string SourceSha256, string StartUrl, Func<DecodeReading, IEnumerable<CapturedRequest>> ReadWith)
{
    /// <summary>Entries already found unreadable when the input was opened (URLs that are not URLs).</summary>
    public IReadOnlyList<InputProblem> Problems { get; init; } = [];

    /// <summary>The requests, numbered from <paramref name="firstId"/>, bodies held in memory; the first bad entry throws <see cref="HarFormatException"/>.</summary>
    public IEnumerable<CapturedRequest> Read(long firstId) => ReadWith(new DecodeReading(firstId, new InputProblemLog(strict: true)));
}
