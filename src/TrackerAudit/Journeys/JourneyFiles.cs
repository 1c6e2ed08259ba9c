using System.Globalization;
using System.Text;

namespace TrackerAudit.Journeys;

internal static class JourneyFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SourceLocation Nowhere = new(0, 0);

    // Files are yielded in the order given; a folder's files in ordinal order of path, so runs are repeatable.
    public static IEnumerable<string> Expand(IEnumerable<string> paths, List<JourneyProblem> problems)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = FilesUnder(path, problems);
                foreach (var file in files)
                    yield return file;
            }
            else
            {
                problems.Add(new JourneyProblem(path, Nowhere, JourneyDocument.FileField, "no such file or folder; expected a journey file (.yaml or .yml) or a folder of them"));
            }
        }
    }

    public static ParsedJourney Read(string file, CancellationToken cancellationToken) =>
        TryReadYaml(file, out var text, out var sha256, out var problem)
            ? JourneyDocument.Parse(file, text, sha256, cancellationToken)
            : Failed(file, problem);

    /// <summary>
    /// Reads a YAML file as strict UTF-8 without its byte order mark, and hashes its bytes as they are
    /// on disk; <paramref name="problem"/> says why not when it cannot. Journeys and policies share it.
    /// Only a regular file is opened, and no more than <see cref="YamlLimits.MaxFileBytes"/> and one byte
    /// are read from it, so a FIFO, a device or a huge file cannot stall the tool or fill its memory.
    /// </summary>
    public static bool TryReadYaml(string file, out string text, out string sha256, out JourneyProblem problem)
    {
        text = sha256 = "";
        problem = new JourneyProblem(file, Nowhere, JourneyDocument.FileField, "");
        if (FileKinds.NotRegular(file) is { } kind)
        {
            problem = problem with { Message = $"is {kind}, not a regular file; expected a YAML file (only regular files are read)" };
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(file, YamlLimits.MaxFileBytes + 1);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = problem with { Message = $"cannot read the file: {exception.Message}" };
            return false;
        }

        if (bytes.Length > YamlLimits.MaxFileBytes)
        {
            problem = problem with { Location = TextPositions.OfByte(bytes, YamlLimits.MaxFileBytes), Message = YamlGuard.TooLarge };
            return false;
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            problem = problem with
            {
                Location = TextPositions.OfByte(bytes, invalidAt),
                Message = string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 text: byte {invalidAt + 1:N0} (0x{bytes[invalidAt]:X2}) starts no valid UTF-8 character; expected a UTF-8 YAML file"),
            };
            return false;
        }

        text = WithoutByteOrderMark(StrictUtf8.GetString(bytes));
        sha256 = JourneyLoader.Sha256(bytes);
        return true;
    }

    private static byte[] ReadAtMost(string file, int limit)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }

        return -1;
    }

    // YamlDotNet would read a byte order mark as part of the first key.
    public static string WithoutByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static List<string> FilesUnder(string folder, List<JourneyProblem> problems)
    {
        List<string> files;
        try
        {
            // Filtering by extension here rather than with "*.yml" patterns, which on Windows also match "*.ymlx".
            files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new JourneyProblem(folder, Nowhere, JourneyDocument.FileField, $"cannot list the folder: {exception.Message}"));
            return [];
        }

        if (files.Count == 0)
            problems.Add(new JourneyProblem(folder, Nowhere, JourneyDocument.FileField, "the folder holds no journeys; expected .yaml or .yml files in it or below it"));
        return files;
    }

    private static ParsedJourney Failed(string file, JourneyProblem problem) => new(file, null, null, default, [problem]);
}
