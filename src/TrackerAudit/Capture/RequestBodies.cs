using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Capture;

/// <summary>
/// Where the bodies of a run's requests are kept: up to a limit inline in the request (as text, or base64),
/// above it in the run folder's <c>bodies/&lt;request-id&gt;.bin</c>, written once as the browser sent it,
/// with its SHA-256. Whatever reads a body (decoders, the findings search, the HAR, the HTML view, redaction)
/// loads it here, for that one use: nothing keeps a loaded body, so memory does not grow with them.
/// </summary>
internal sealed class RequestBodies
{
    public const string FolderName = RunFolderLayout.BodiesFolder;

    /// <summary>The default limit: bodies up to 64 KiB stay in memory.</summary>
    public const long DefaultLimit = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _runFolder;

    /// <param name="runFolder">The run folder holding <c>bodies/</c>; null for requests that were never stored (a HAR being decoded, tests).</param>
    /// <param name="limit">Bodies larger than this many bytes are stored in files.</param>
    public RequestBodies(string? runFolder, long limit = DefaultLimit)
    {
        _runFolder = runFolder is null ? null : Path.GetFullPath(runFolder);
        Limit = limit;
    }

    /// <summary>Bodies held in the requests themselves: nothing to load, nowhere to store.</summary>
    public static RequestBodies InMemory { get; } = new(null, long.MaxValue);

    public long Limit { get; }

    /// <summary>Where the body of a request is stored, relative to the run folder, with <c>/</c>.</summary>
    public static string RelativePath(long requestId) =>
        string.Create(CultureInfo.InvariantCulture, $"{FolderName}/{requestId}.bin");

    /// <summary>Whether a body of this size goes to a file.</summary>
    public bool Stores(long size) => _runFolder is not null && size > Limit;

    /// <summary>The request with its body inline: as text when it is valid UTF-8, as base64 otherwise.</summary>
    public static CapturedRequest Inline(CapturedRequest request, byte[] body)
    {
        if (body.Length == 0)
        {
            return request;
        }

        try
        {
            return request with { BodyText = StrictUtf8.GetString(body), BodyBase64 = null, BodySize = body.Length };
        }
        catch (DecoderFallbackException)
        {
            return request with { BodyText = null, BodyBase64 = Convert.ToBase64String(body), BodySize = body.Length };
        }
    }

    /// <summary>
    /// Writes the body to <c>bodies/&lt;id&gt;.bin</c> straight from the bytes the browser gave (no text or
    /// base64 copy), and returns the request referring to it. Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it cannot: the caller keeps the body inline then.
    /// </summary>
    public async Task<CapturedRequest> StoreAsync(CapturedRequest request, byte[] body, CancellationToken cancellationToken)
    {
        var relative = RelativePath(request.Id);
        var path = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written once: a second write of the same id would be a bug, not a body to overwrite.
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }

        return request with
        {
            BodyText = null,
            BodyBase64 = null,
            BodyFile = relative,
            BodySha256 = Convert.ToHexStringLower(SHA256.HashData(body)),
            BodySize = body.Length,
        };
    }

    /// <summary>
    /// The request with its whole body in <see cref="CapturedRequest.BodyText"/> or <see cref="CapturedRequest.BodyBase64"/>,
    /// read from its file when it was stored (<see cref="CapturedRequest.BodyFile"/> stays set, so a reader can
    /// name the file); the same request when the body is inline. Not cached: drop it after use.
    /// </summary>
    public CapturedRequest Load(CapturedRequest request) =>
        request.BodyFile is null ? request : Inline(request, ReadBytes(request)) with { BodySize = request.BodySize };

    /// <summary>The stored body's bytes; throws <see cref="IOException"/> when its file cannot be read.</summary>
    public byte[] ReadBytes(CapturedRequest request) => File.ReadAllBytes(PathOf(request));

    /// <summary>The full path of a request's body file; throws <see cref="InvalidDataException"/> for a path outside the run folder.</summary>
    public string PathOf(CapturedRequest request) =>
        FullPath(request.BodyFile ?? throw new InvalidOperationException($"request {request.Id}'s body is not stored in a file"));

    private string FullPath(string relative)
    {
        if (_runFolder is null)
        {
            throw new InvalidOperationException($"{relative}: these requests belong to no run folder");
        }

        // A report names its body files: one that leads out of its folder is not TrackerAudit's.
        var full = Path.GetFullPath(Path.Combine(_runFolder, relative));
        return full.StartsWith(Path.Combine(_runFolder, FolderName) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidDataException($"the body file '{relative}' is outside {Path.Combine(_runFolder, FolderName)}");
    }
}
