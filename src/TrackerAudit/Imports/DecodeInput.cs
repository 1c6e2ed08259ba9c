using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>One capture to decode: a HAR file or a list of URLs, read lazily.</summary>
/// <param name="Journey">The name of its journey run (the file's name, or <c>urls</c>).</param>
/// <param name="SourcePath">The file, or where the URLs came from.</param>
/// <param name="SourceSha256">SHA-256 of the input's bytes.</param>
/// <param name="StartUrl">The page the capture started on, which decides what is first party; see <see cref="DecodeRun.StartUrlOf"/>.</param>
/// <param name="Read">The requests in capture order, numbered from the id given; read once.</param>
internal sealed record DecodeInput(string Journey, string SourcePath, string SourceSha256, string StartUrl, Func<long, IEnumerable<CapturedRequest>> Read);
