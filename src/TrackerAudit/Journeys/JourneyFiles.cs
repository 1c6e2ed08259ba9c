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

    public static ParsedJourney Read(string file) =>
        TryReadYaml(file, out var text, out var sha256, out var problem)
            ? JourneyDocument.Parse(file, text, sha256)
            : Failed(file, problem);

    /// <summary>
    /// Reads a YAML file as strict UTF-8 without its byte order mark, and hashes its bytes as they are
    /// on disk; <paramref name="problem"/> says why not when it cannot. Journeys and policies share it.
    /// </summary>
    public static bool TryReadYaml(string file, out string text, out string sha256, out string problem)
    {
        text = sha256 = problem = "";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the file: {exception.Message}";
            return false;
        }

        try
        {
            text = WithoutByteOrderMark(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            problem = "the file is not UTF-8 text; expected a UTF-8 YAML file";
            return false;
        }

        sha256 = JourneyLoader.Sha256(bytes);
        return true;
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

    private static ParsedJourney Failed(string file, string message) =>
        new(file, null, null, default, [new JourneyProblem(file, Nowhere, JourneyDocument.FileField, message)]);
}
