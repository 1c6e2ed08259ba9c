using System.Globalization;

namespace TrackerAudit.Scanning;

/// <summary>
/// Reads the list files of <c>scan</c>: one entry a line, blank lines and lines starting with <c>#</c> skipped, a
/// <c> #</c> comment after an entry cut off. A file that cannot be read is one problem at line 0.
/// </summary>
internal static class ListFile
{
    /// <summary>List files larger than this are refused: a list of 10,000 sites is far smaller.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static IReadOnlyList<(int Line, string Text)> Read(string path, List<LineProblem> problems)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new LineProblem(path, 0, "no such file"));
                return [];
            }

            if (info.Length > MaxBytes)
            {
                problems.Add(new LineProblem(path, 0, string.Create(CultureInfo.InvariantCulture, $"{info.Length:N0} bytes; a list may have at most {MaxBytes:N0}")));
                return [];
            }

            return File.ReadAllLines(path)
                .Select((line, i) => (Line: i + 1, Text: Uncommented(line)))
                .Where(entry => entry.Text.Length > 0)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LineProblem(path, 0, exception.Message));
            return [];
        }
    }

    private static string Uncommented(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('#'))
            return "";
        var comment = trimmed.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? trimmed : trimmed[..comment]).Trim();
    }
}
