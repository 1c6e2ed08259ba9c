using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// URLs to decode, given on the command line or one a line (blank lines and <c># comments</c> skipped):
/// each becomes a GET request, as an image beacon would have been sent.
/// </summary>
internal static class UrlInput
{
    public const string Journey = "urls";

    /// <summary>The URLs of a text, one a line. Throws <see cref="FormatException"/> naming the first line that is not an http(s) URL.</summary>
    public static List<string> ReadLines(TextReader reader, string name)
    {
        var urls = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (!WebUrls.IsWebUrl(text))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name} line {number}: '{text}' is not an absolute http(s) URL"));
            }

            urls.Add(text);
        }

        return urls;
    }

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

    /// <summary>The URLs as one input; <paramref name="source"/> says where they came from.</summary>
    public static DecodeInput Input(IReadOnlyList<string> urls, string source, DateTimeOffset time)
    {
        var text = string.Concat(urls.Select(url => url + "\n"));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new DecodeInput(Journey, source, sha256, urls.Count > 0 ? urls[0] : "", firstId => Requests(urls, time, firstId));
    }
}
