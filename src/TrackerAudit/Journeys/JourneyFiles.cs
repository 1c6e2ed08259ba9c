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

    public static ParsedJourney Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(file, $"cannot read the file: {exception.Message}");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failed(file, "the file is not UTF-8 text; expected a UTF-8 YAML file");
        }

        return JourneyDocument.Parse(file, WithoutByteOrderMark(text), JourneyLoader.Sha256(bytes));
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
