namespace TrackerAudit.Imports;

/// <summary>
/// Turns the inputs named on the command line into captures to decode: each HAR file is one, and every URL
/// (given as an argument, or one a line on standard input for <c>-</c>) goes into one more, named <c>urls</c>.
/// </summary>
internal static class DecodeSources
{
    public const string StandardInput = "-";

    /// <summary>
    /// Throws <see cref="FileNotFoundException"/> for an input that is neither a file nor a URL,
    /// <see cref="FormatException"/> for a line of standard input that is not a URL, and
    /// <see cref="HarFormatException"/> for a HAR file whose first entry cannot be read.
    /// </summary>
    public static List<DecodeInput> Resolve(IReadOnlyList<string> inputs, TextReader standardInput, DateTimeOffset now)
    {
        var captures = new List<DecodeInput>();
        var urls = new List<string>();
        var sources = new List<string>();
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                var lines = UrlInput.ReadLines(standardInput, "standard input");
                if (lines.Count == 0)
                {
                    throw new FormatException("standard input holds no URLs (one a line; blank lines and # comments are skipped)");
                }

                urls.AddRange(lines);
                AddOnce(sources, "standard input");
            }
            else if (File.Exists(input))
            {
                captures.Add(RequestLinesInput.Handles(input) ? RequestLinesInput.Open(input) : HarInput.Open(input));
            }
            else if (WebUrls.IsWebUrl(input))
            {
                urls.Add(input);
                AddOnce(sources, "command line");
            }
            else
            {
                throw new FileNotFoundException(
                    Directory.Exists(input) ? $"'{input}' is a folder, not a HAR file" : $"'{input}' is neither a HAR file nor an http(s) URL",
                    input);
            }
        }

        if (urls.Count > 0)
        {
            captures.Add(UrlInput.Input(urls, string.Join(" and ", sources), now));
        }

        return captures;
    }

    private static void AddOnce(List<string> sources, string source)
    {
        if (!sources.Contains(source))
        {
            sources.Add(source);
        }
    }
}
