namespace TrackerAudit.Scanning;

/// <summary>
/// The sites of a scan, from the command line and <c>--urls</c> files. A site without a scheme gets https; a line
/// that is not an http(s) URL is a problem naming its file and line, and the scan does not start (exit 2).
/// </summary>
internal static class ScanUrls
{
    public static IReadOnlyList<Uri> Read(IReadOnlyList<string> arguments, IReadOnlyList<string> files, List<LineProblem> problems)
    {
        var urls = new List<Uri>();
        foreach (var (argument, i) in arguments.Select((argument, i) => (argument, i)))
        {
            Add(argument, "command line", i + 1, urls, problems);
        }

        foreach (var file in files)
        {
            foreach (var (line, text) in ListFile.Read(file, problems))
            {
                Add(text, file, line, urls, problems);
            }
        }

        return urls.DistinctBy(url => url.AbsoluteUri, StringComparer.Ordinal).ToList();
    }

    public static Uri? Parse(string text, out string? why)
    {
        why = null;
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (text.Any(char.IsWhiteSpace) || !Uri.TryCreate(candidate, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            why = $"'{text}' is not a URL (expected e.g. https://www.example.org/ or example.org)";
            return null;
        }

        if (url.Scheme is not ("http" or "https"))
        {
            why = $"'{text}' is a {url.Scheme}: URL; a scan opens http and https sites only";
            return null;
        }

        return url;
    }

    private static void Add(string text, string file, int line, List<Uri> urls, List<LineProblem> problems)
    {
        if (Parse(text, out var why) is { } url)
            urls.Add(url);
        else
            problems.Add(new LineProblem(file, line, why!));
    }
}
