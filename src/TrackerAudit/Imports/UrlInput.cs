using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// URLs to decode, given on the command line or one a line (blank lines and <c># comments</c> skipped):
/// each becomes a GET request, as an image beacon would have been sent.
/// </summary>
internal static class UrlInput
{
    public const string Journey = "urls";

    private const int Block = 16 * 1024;

    /// <summary>The URLs of a text, one a line. Throws <see cref="FormatException"/> naming the first line that is not an http(s) URL.</summary>
    public static List<string> ReadLines(TextReader reader, string name)
    {
        var problems = new List<InputProblem>();
        var urls = ReadLines(reader, name, problems, DecodeLimits.Default, strict: true);
        return urls;
    }

    /// <summary>
    /// The URLs of a text, one a line, read in blocks so that a line of any length costs at most the URL limit:
    /// a line that is not a URL (too long, not http(s), holding control or bidirectional characters) is noted in
    /// <paramref name="problems"/> and skipped; <paramref name="strict"/>, it throws <see cref="FormatException"/>.
    /// </summary>
    public static List<string> ReadLines(TextReader reader, string name, List<InputProblem> problems, DecodeLimits limits, bool strict)
    {
        var urls = new List<string>();
        var buffer = new char[Block];
        var line = new StringBuilder();
        var number = 1L;
        var tooLong = false;
        long length = 0;
        while (true)
        {
            var read = reader.Read(buffer, 0, buffer.Length);
            var chunk = buffer.AsSpan(0, read);
            while (!chunk.IsEmpty)
            {
                var newline = chunk.IndexOf('\n');
                var part = newline < 0 ? chunk : chunk[..newline];
                length += part.Length;
                if (!tooLong && length > limits.MaxUrlChars)
                {
                    tooLong = true;
                    line.Clear();
                }

                if (!tooLong)
                {
                    line.Append(part);
                }

                if (newline < 0)
                {
                    break;
                }

                EndLine(line, number++, tooLong, length, name, urls, problems, limits, strict);
                line.Clear();
                tooLong = false;
                length = 0;
                chunk = chunk[(newline + 1)..];
            }

            if (read == 0)
            {
                if (length > 0)
                {
                    EndLine(line, number, tooLong, length, name, urls, problems, limits, strict);
                }

                return urls;
            }
        }
    }

    /// <summary>Why a URL given to decode is not one, or null when it is.</summary>
    public static string? Problem(string url, DecodeLimits limits) =>
        url.Length > limits.MaxUrlChars
            ? string.Create(CultureInfo.InvariantCulture, $"is {url.Length:N0} characters long, over the limit of {limits.MaxUrlChars:N0} for a URL")
            : WebUrls.Problem(url);

    /// <summary>One GET request per URL, numbered from <paramref name="firstId"/>, all made now.</summary>
    public static IEnumerable<CapturedRequest> Requests(IEnumerable<string> urls, DateTimeOffset time, long firstId = 1)
    {
        var id = firstId;
        foreach (var url in urls)
        {
            yield return new CapturedRequest
            {
                Id = id++,
                Time = time,
                Journey = Journey,
                StepIndex = 0,
                StepName = Journey,
                ResourceType = "other",
                Method = "GET",
                Url = url,
            };
        }
    }

    /// <summary>The URLs as one input; <paramref name="source"/> says where they came from, <paramref name="problems"/> which could not be read.</summary>
    public static DecodeInput Input(IReadOnlyList<string> urls, string source, DateTimeOffset time, IReadOnlyList<InputProblem>? problems = null)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var url in urls)
        {
            sha256.AppendData(Encoding.UTF8.GetBytes(url + "\n"));
        }

        return new DecodeInput(Journey, source, Convert.ToHexStringLower(sha256.GetHashAndReset()), urls.Count > 0 ? urls[0] : "", reading => Requests(urls, time, reading.FirstId))
        {
            Problems = problems ?? [],
        };
    }

    private static void EndLine(StringBuilder line, long number, bool tooLong, long length, string name, List<string> urls, List<InputProblem> problems, DecodeLimits limits, bool strict)
    {
        string? why;
        string text = "";
        if (tooLong)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"is {length:N0} characters long, over the limit of {limits.MaxUrlChars:N0} for a URL");
        }
        else
        {
            text = line.ToString().Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                return;
            }

            why = WebUrls.Problem(text);
        }

        if (why is null)
        {
            urls.Add(text);
            return;
        }

        if (strict)
        {
            var shown = tooLong || WebUrls.Unprintable(text) is not null || text.Length > 200 ? "the line" : $"'{text}'";
            var detail = why.StartsWith("is not an absolute", StringComparison.Ordinal) ? "" : ": it " + why;
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name} line {number}: {shown} is not an absolute http(s) URL{detail}"));
        }

        problems.Add(new InputProblem { File = name, Entry = number, Line = number, Field = "url", Reason = "the URL " + why });
    }
}
