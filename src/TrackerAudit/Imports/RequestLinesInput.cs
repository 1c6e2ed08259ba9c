using System.Security.Cryptography;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// A file of requests one JSON object a line (<c>.jsonl</c>, <c>.ndjson</c>), shaped like a HAR entry's request:
/// <c>method</c>, <c>url</c>, <c>headers</c> (an object of names to values, or HAR's list of name and value),
/// <c>postData</c> (<c>text</c>, optionally <c>encoding: base64</c>), <c>startedDateTime</c>, and optionally
/// <c>source</c> and <c>pageUrl</c>. Journalists' request collections (the shared corpus among them) come like this.
/// Read as a stream (<see cref="RequestLineReader"/>): a line that cannot be read is noted and skipped.
/// </summary>
internal static class RequestLinesInput
{
    public const string Kind = "request file (one JSON request a line)";

    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hashes the file and reads its first readable request for the start page.</summary>
    public static DecodeInput Open(string path)
    {
        var journey = Path.GetFileName(path);
        string sha256;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 128 * 1024, FileOptions.SequentialScan))
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var first = Read(path, journey, new DecodeReading(1, InputProblemLog.Ignored), withBodies: false).FirstOrDefault();
        var startUrl = first is null ? "" : first.Header("referer") is { } referer && WebUrls.IsWebUrl(referer) ? referer : first.Url;
        return new DecodeInput(journey, path, sha256, startUrl, reading => Read(path, journey, reading));
    }

    /// <summary>The file's requests, numbered from the reading's first id; lines that cannot be read are noted in its problem log.</summary>
    public static IEnumerable<CapturedRequest> Read(string path, string journey, DecodeReading reading, bool withBodies = true)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var tokens = new JsonTokenStream(stream, path, reading.Limits, BodyFiles.SpillFolder(reading.RunFolder), multipleValues: true, Kind);
        var lines = new RequestLineReader(tokens, journey, reading, withBodies);
        foreach (var request in lines.ReadAll())
        {
            yield return request;
        }
    }
}
