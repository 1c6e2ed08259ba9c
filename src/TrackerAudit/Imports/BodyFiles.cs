using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// Where a request body too long to hold, already streamed to a file while it was read (<see cref="SpilledString"/>),
/// ends up: the run folder's <c>bodies/&lt;request-id&gt;.bin</c>, holding the bytes as sent (base64 decoded as it
/// is copied), as a live run stores a body over its in-memory limit. Without a run folder (a first pass over the
/// file, tests), the body is read back into the request.
/// </summary>
internal static class BodyFiles
{
    private const int Block = 64 * 1024;

    /// <summary>The run folder's bodies folder: where long strings are streamed as they are read.</summary>
    public static string? SpillFolder(string? runFolder) => runFolder is null ? null : Path.Combine(runFolder, RequestBodies.FolderName);

    /// <summary>The request with the body: in its file when there is a run folder, else inline. Disposes <paramref name="body"/>.</summary>
    public static CapturedRequest Attach(CapturedRequest request, SpilledString body, bool base64, string? runFolder)
    {
        using (body)
        {
            if (runFolder is null)
            {
                var bytes = body.ReadBytes();
                if (base64 && TryFromBase64(bytes) is { } decoded)
                {
                    bytes = decoded;
                }

                return RequestBodies.Inline(request, bytes);
            }

            var relative = RequestBodies.RelativePath(request.Id);
            var path = Path.Combine(runFolder, relative);
            if (base64 && DecodeBase64(body.Path!, path) is { } written)
            {
                return request with { BodyFile = relative, BodySha256 = written.Sha256, BodySize = written.Size, BodyText = null, BodyBase64 = null };
            }

            body.MoveTo(path);
            return request with { BodyFile = relative, BodySha256 = body.Sha256, BodySize = body.Length, BodyText = null, BodyBase64 = null };
        }
    }

    private static byte[]? TryFromBase64(byte[] text)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        return Base64.DecodeFromUtf8(text, bytes, out _, out var written) == OperationStatus.Done ? bytes[..written] : null;
    }

    // Marked base64 but is not: null, and the text is kept as it is, as for a body held in memory.
    private static (string Sha256, long Size)? DecodeBase64(string from, string to)
    {
        var input = ArrayPool<byte>.Shared.Rent(Block);
        var output = ArrayPool<byte>.Shared.Rent(Block);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
            using (var target = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                long size = 0;
                var pending = 0;
                while (true)
                {
                    var read = source.Read(input, pending, Block - pending);
                    var available = pending + read;
                    var final = read == 0;
                    var status = Base64.DecodeFromUtf8(input.AsSpan(0, available), output, out var consumed, out var written, isFinalBlock: final);
                    hash.AppendData(output, 0, written);
                    target.Write(output, 0, written);
                    size += written;
                    if (status is OperationStatus.InvalidData || (final && status != OperationStatus.Done))
                    {
                        throw new FormatException("not base64");
                    }

                    if (final)
                    {
                        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
                    }

                    pending = available - consumed;
                    Buffer.BlockCopy(input, consumed, input, 0, pending);
                }
            }
        }
        catch (FormatException)
        {
            File.Delete(to);
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(output);
        }
    }
}
