using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Seals a run folder with <c>SHA256SUMS</c> (the format <c>sha256sum -c</c> checks) and re-checks it,
/// so anyone can prove the evidence was not changed after the run, with or without TrackerAudit.
/// </summary>
internal static class BundleChecksums
{
    public const string FileName = "SHA256SUMS";

    /// <summary>
    /// The detached signature of <c>SHA256SUMS</c> (<c>--sign</c>). It sits beside the list and is not in it: a
    /// list cannot hold the hash of its own signature. It seals the list, and the list seals every other file.
    /// </summary>
    public const string SignatureFileName = FileName + ".sig";

    /// <summary>The RFC 3161 timestamp authority's response over <see cref="SignatureFileName"/> (<c>--timestamp</c>); not listed either.</summary>
    public const string TimestampFileName = FileName + ".tsr";

    private const int HashLength = 64;

    // Hidden files count: a dot-file added to a bundle is still a change.
    private static readonly EnumerationOptions AllFiles = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Writes <c>SHA256SUMS</c> for every other file in the folder and its subfolders. A signature and timestamp of an
    /// earlier list are deleted first: they vouch for a list that no longer exists.
    /// </summary>
    public static async Task WriteAsync(string runFolder, CancellationToken cancellationToken)
    {
        File.Delete(Path.Combine(runFolder, SignatureFileName));
        File.Delete(Path.Combine(runFolder, TimestampFileName));
        var text = new StringBuilder();
        foreach (var path in ListFiles(runFolder))
        {
            var hash = await HashAsync(Path.Combine(runFolder, path), cancellationToken).ConfigureAwait(false);
            text.Append(Line(hash, path));
        }

        var target = Path.Combine(runFolder, FileName);
        var temporary = target + ".tmp";
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>
    /// Re-checks the folder, and that the bodies stored in it are those its report recorded. Throws <see cref="FileNotFoundException"/> or <see cref="DirectoryNotFoundException"/>
    /// when there is nothing to check, and <see cref="InvalidDataException"/> when <c>SHA256SUMS</c> is not a checksum list.
    /// </summary>
    public static BundleVerification Verify(string runFolder)
    {
        if (!Directory.Exists(runFolder))
        {
            throw new DirectoryNotFoundException($"{runFolder} is not a folder");
        }

        var sumsPath = Path.Combine(runFolder, FileName);
        if (!File.Exists(sumsPath))
        {
            throw new FileNotFoundException($"{runFolder} has no {FileName}: it was never sealed, or the file was removed", sumsPath);
        }

        var listed = Read(File.ReadAllText(sumsPath, Encoding.UTF8));
        var changed = new List<string>();
        var missing = new List<string>();
        foreach (var (path, expected) in listed)
        {
            var file = Path.Combine(runFolder, path);
            if (!File.Exists(file))
            {
                missing.Add(path);
                continue;
            }

            try
            {
                if (!string.Equals(Hash(file), expected, StringComparison.OrdinalIgnoreCase))
                {
                    changed.Add(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                changed.Add(path + " (unreadable: " + exception.Message + ")");
            }
        }

        var unlisted = ListFiles(runFolder).Where(path => !listed.ContainsKey(path)).ToList();
        return new BundleVerification(listed.Count, changed, missing, unlisted, StoredBodyCheck.Problems(runFolder, listed));
    }

    /// <summary>Every file but <c>SHA256SUMS</c> and its signature and timestamp, as relative paths with <c>/</c>, sorted ordinally.</summary>
    public static List<string> ListFiles(string runFolder)
    {
        var files = Directory.EnumerateFiles(runFolder, "*", AllFiles)
            .Select(file => Path.GetRelativePath(runFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => path is not (FileName or SignatureFileName or TimestampFileName))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // GNU coreutils' escaping: a name holding a backslash or a line break is written escaped, the line marked by a leading backslash.
    internal static string Line(string hash, string path)
    {
        var escape = path.AsSpan().ContainsAny('\\', '\n', '\r');
        var name = escape ? path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) : path;
        return (escape ? "\\" : "") + hash + "  " + name + "\n";
    }

    internal static Dictionary<string, string> Read(string sums)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = sums.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var escaped = line.StartsWith('\\');
            var body = escaped ? line[1..] : line;
            // "<hash>  <path>" in text mode, "<hash> *<path>" in binary mode: both mean the same bytes.
            if (body.Length < HashLength + 3 || !IsHex(body.AsSpan(0, HashLength)) || body[HashLength] != ' ' || body[HashLength + 1] is not (' ' or '*'))
            {
                throw Malformed(number, "is not '<sha256>  <path>'");
            }

            var path = body[(HashLength + 2)..];
            path = escaped ? Unescape(path) : path;
            if (Path.IsPathRooted(path) || path.Split('/').Any(segment => segment == ".."))
            {
                throw Malformed(number, $"names '{path}', outside the folder");
            }

            if (!listed.TryAdd(path, body[..HashLength]))
            {
                throw Malformed(number, $"lists '{path}' a second time");
            }
        }

        return listed.Count > 0 ? listed : throw new InvalidDataException($"{FileName} lists no files");
    }

    private static InvalidDataException Malformed(int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{FileName} line {line} {problem}"));

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unescape(string name)
    {
        var text = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '\\' && i + 1 < name.Length)
            {
                i++;
                text.Append(name[i] switch { 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                text.Append(name[i]);
            }
        }

        return text.ToString();
    }

    private static string Hash(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 128 * 1024, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 128 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }
}
