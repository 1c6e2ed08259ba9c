using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Reads a list a user supplies at run time (<c>--third-party-list</c>): lists whose licences forbid shipping
/// them with TrackerAudit (EasyPrivacy, Disconnect, Tracker Radar). The format is told from the content: JSON
/// with <c>categories</c> is Disconnect's <c>services.json</c>, with <c>trackers</c> a Tracker Radar <c>tds.json</c>,
/// with <c>domain</c> and <c>owner</c> a Tracker Radar domain file; text is a filter list. Only a regular file of at
/// most <see cref="MaxBytes"/> is read. Every problem is a <see cref="FormatException"/> whose message names the
/// file, the line (or JSON path) and why.
/// </summary>
internal static class UserListLoader
{
    /// <summary>The largest list read: EasyPrivacy is 1.5 MB, tds.json a few MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ThirdPartyList Load(string path)
    {
        var bytes = ReadBounded(path);
        try
        {
            var (format, contents) = Parse(bytes);
            return new ThirdPartyList(
                new ThirdPartyListInfo
                {
                    Name = contents.Title ?? Path.GetFileName(path),
                    Format = format,
                    Version = contents.Version,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                    Entries = contents.Domains.Count,
                    Ignored = contents.Ignored,
                    Licence = contents.Licence ?? "not stated in the file; supplied at run time, not shipped with TrackerAudit",
                    Source = Path.GetFullPath(path),
                },
                contents.Domains);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{path}: {exception.Message}", exception);
        }
    }

    private static byte[] ReadBounded(string path)
    {
        if (Directory.Exists(path))
        {
            throw new FormatException($"{path}: is a folder; give a list file");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FormatException($"{path}: no such file");
        }

        // A device, pipe or socket has no size: refused before opening, so that reading can neither block nor run forever.
        if (info.Length == 0)
        {
            throw new FormatException($"{path}: is empty, or not a regular file (a device, pipe or socket)");
        }

        if (info.Length > MaxBytes)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: is {info.Length} bytes; a list may be at most {MaxBytes} bytes"));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[info.Length + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += count;
        }

        if (read > info.Length)
        {
            throw new FormatException($"{path}: grew while it was read; give a file that is not being written");
        }

        return buffer[..read];
    }

    private static (string Format, ListContents Contents) Parse(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var first = bytes.AsSpan(start).IndexOfAnyExcept(" \t\r\n"u8);
        // A filter list may open with its "[Adblock Plus 2.0]" header; a JSON array never opens with a letter.
        var second = first < 0 ? -1 : bytes.AsSpan(start + first + 1).IndexOfAnyExcept(" \t\r\n"u8);
        var json = first >= 0 && (bytes[start + first] == '{'
            || (bytes[start + first] == '[' && second >= 0 && !char.IsAsciiLetter((char)bytes[start + first + 1 + second])));
        if (json)
        {
            return ParseJson(bytes.AsMemory(start));
        }

        return ("filter-list", FilterListReader.Read(Lines(bytes.AsMemory(start))));
    }

    private static (string, ListContents) ParseJson(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            var why = exception.Message.Split(" LineNumber:")[0].Split(" Path:")[0];
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}: not valid JSON ({why})"), exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (DisconnectReader.Recognises(root))
            {
                return ("disconnect", DisconnectReader.Read(root));
            }

            if (TrackerRadarReader.RecognisesBlocklist(root))
            {
                return ("tds", TrackerRadarReader.ReadBlocklist(root));
            }

            if (TrackerRadarReader.RecognisesDomainFile(root))
            {
                return ("tracker-radar", TrackerRadarReader.ReadDomainFile(root));
            }
        }

        throw new FormatException("line 1: JSON that is neither a Disconnect services.json (\"categories\"), a Tracker Radar tds.json (\"trackers\") nor a Tracker Radar domain file (\"domain\" and \"owner\")");
    }

    private static IEnumerable<string> Lines(ReadOnlyMemory<byte> text)
    {
        var number = 0;
        while (!text.IsEmpty)
        {
            number++;
            var end = text.Span.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? ReadOnlyMemory<byte>.Empty : text[(end + 1)..];
            if (line.Span.Contains((byte)0))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: holds a NUL byte; a list is text"));
            }

            string decoded;
            try
            {
                decoded = StrictUtf8.GetString(line.Span);
            }
            catch (DecoderFallbackException)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: is not UTF-8 text"));
            }

            yield return decoded;
        }
    }
}
