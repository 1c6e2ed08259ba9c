using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// Turns the inputs named on the command line into captures to decode: each HAR file is one, and every URL
/// (given as an argument, or one a line on standard input for <c>-</c>) goes into one more, named <c>urls</c>.
/// </summary>
internal static class DecodeSources
{
    public const string StandardInput = "-";

    private const string CommandLine = "command line";
    private const string StandardInputName = "standard input";

    /// <summary>
    /// Throws <see cref="FileNotFoundException"/> for an input that is neither a file nor a URL,
    /// <see cref="FormatException"/> for standard input without a single line, or (strict) for a URL that is not
    /// one, and <see cref="HarFormatException"/> for a HAR file whose first entry cannot be read. Lenient (the
    /// default), a URL that is not one is a problem of the <c>urls</c> input, listed in its report.
    /// </summary>
    public static List<DecodeInput> Resolve(IReadOnlyList<string> inputs, TextReader standardInput, DateTimeOffset now, bool strict = false, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        var captures = new List<DecodeInput>();
        var urls = new List<string>();
        var problems = new List<InputProblem>();
        var sources = new List<string>();
        var argument = 0L;
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                var before = problems.Count;
                var lines = UrlInput.ReadLines(standardInput, StandardInputName, problems, limits, strict);
                if (lines.Count == 0 && problems.Count == before)
                {
                    throw new FormatException("standard input holds no URLs (one a line; blank lines and # comments are skipped)");
                }

                urls.AddRange(lines);
                AddOnce(sources, StandardInputName);
            }
            else if (File.Exists(input))
            {
                captures.Add(RequestLinesInput.Handles(input) ? RequestLinesInput.Open(input) : HarInput.Open(input));
            }
            else if (LooksLikeUrl(input))
            {
                argument++;
                AddOnce(sources, CommandLine);
                if (UrlInput.Problem(input, limits) is not { } why)
                {
                    urls.Add(input);
                }
                else if (strict)
                {
                    throw new FormatException($"URL argument {argument} is not an absolute http(s) URL: it {why}");
                }
                else
                {
                    problems.Add(new InputProblem { File = CommandLine, Entry = argument, Field = "url", Reason = "the URL " + why });
                }
            }
            else
            {
                throw new FileNotFoundException(
                    Directory.Exists(input) ? $"'{input}' is a folder, not a HAR file" : $"'{input}' is neither a HAR file nor an http(s) URL",
                    input);
            }
        }

        if (urls.Count > 0 || problems.Count > 0)
        {
            captures.Add(UrlInput.Input(urls, string.Join(" and ", sources), now, problems));
        }

        return captures;
    }

    private static bool LooksLikeUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static void AddOnce(List<string> sources, string source)
    {
        if (!sources.Contains(source))
        {
            sources.Add(source);
        }
    }
}
