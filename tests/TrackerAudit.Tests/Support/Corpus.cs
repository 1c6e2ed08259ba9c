using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// The shared corpus of real tracker requests (<c>../shared/corpus/*.jsonl</c> beside the repository), read at
/// test time, never copied into the project. A test names the file and line it uses; where it relies on what a
/// line holds it also names the start of the line's URL, so that a changed corpus fails loudly instead of
/// quietly testing something else.
/// </summary>
internal static class Corpus
{
    /// <summary>Requests from the HARs of The Markup's 2023 investigation of education websites.</summary>
    public const string Edtech = "edtech-tracker-requests.jsonl";

    /// <summary>Beacons from the HARs of The Markup's 2021 investigation of nonprofit websites.</summary>
    public const string Nonprofit = "nonprofit-tracker-requests.jsonl";

    /// <summary>Both files.</summary>
    public static IReadOnlyList<string> Files { get; } = [Edtech, Nonprofit];

    /// <summary>The corpus folder; the test is ignored (with where it was looked for) when it is absent.</summary>
    public static string Folder
    {
        get
        {
            var folder = RepoPaths.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
            if (folder is null || !Directory.Exists(folder))
            {
                Assert.Ignore($"The shared corpus is not here (expected {Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus"))}); skipped.");
            }

            return folder!;
        }
    }

    /// <summary>Line <paramref name="number"/> (from 1) of <paramref name="file"/>, checked to hold a URL starting with <paramref name="urlStart"/>.</summary>
    public static string Line(string file, int number, string urlStart)
    {
        var line = File.ReadLines(Path.Combine(Folder, file)).Skip(number - 1).FirstOrDefault()
            ?? throw new AssertionException($"{file} has no line {number}");
        var url = JsonDocument.Parse(line).RootElement.GetProperty("url").GetString() ?? "";
        if (!url.StartsWith(urlStart, StringComparison.Ordinal))
        {
            throw new AssertionException($"{file} line {number}: expected a URL starting {urlStart}, found {url[..Math.Min(url.Length, 120)]}");
        }

        return line;
    }

    /// <summary>The request of line <paramref name="number"/> of <paramref name="file"/> (see <see cref="Line"/>).</summary>
    public static CapturedRequest Request(string file, int number, string urlStart) => Requests.FromCorpusLine(Line(file, number, urlStart));

    /// <summary>Every line of every corpus file, with where it is.</summary>
    public static IEnumerable<CorpusLine> All() =>
        Files.SelectMany(file => File.ReadLines(Path.Combine(Folder, file)).Select((line, index) => new CorpusLine(file, index + 1, line)));
}
