using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Journeys;

/// <summary>
/// Reads and validates journey files. Never throws for a bad file: every problem in every file is collected,
/// with its line and column, so that a journey's author can fix them all in one go.
/// </summary>
public static class JourneyLoader
{
    /// <summary>
    /// Reads every journey in the given files and folders, within the limits of <see cref="YamlLimits"/>. A folder contributes every <c>*.yaml</c> and
    /// <c>*.yml</c> file under it, recursively, in ordinal order of path. A missing path, an unreadable file
    /// or a folder without journeys is a problem at line 0, column 0.
    /// </summary>
    /// <param name="paths">Files and folders, as given on the command line.</param>
    /// <param name="cancellationToken">Stops reading (Ctrl-C, SIGTERM) with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The journeys of the files without problems, in the order read, and the problems of all files. Journey names
    /// must be unique across all files, ignoring case.
    /// </returns>
    public static JourneyLoadResult Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);

        var problems = new List<JourneyProblem>();
        var parsed = new List<ParsedJourney>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in JourneyFiles.Expand(paths, problems))
        {
            // A file named directly and again through its folder is one journey, not a duplicate.
            if (seen.Add(Path.GetFullPath(file)))
                parsed.Add(JourneyFiles.Read(file, cancellationToken));
        }

        return Combine(parsed, problems);
    }

    /// <summary>Reads one journey from YAML text.</summary>
    /// <param name="file">Names the text in problems and becomes the journey's <see cref="Journey.SourcePath"/>.</param>
    /// <param name="yaml">One YAML document.</param>
    /// <param name="cancellationToken">Stops reading with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The journey if the text has no problems, and every problem found.</returns>
    public static JourneyLoadResult Parse(string file, string yaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);

        var sha256 = Sha256(Encoding.UTF8.GetBytes(yaml));
        return Combine([JourneyDocument.Parse(file, JourneyFiles.WithoutByteOrderMark(yaml), sha256, cancellationToken)], []);
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JourneyLoadResult Combine(IEnumerable<ParsedJourney> parsed, List<JourneyProblem> problems)
    {
        var journeys = new List<Journey>();
        var firstFileByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in parsed)
        {
            problems.AddRange(result.Problems);
            if (result.Name is null)
                continue;

            if (!firstFileByName.TryAdd(result.Name, result.File))
            {
                problems.Add(new JourneyProblem(
                    result.File,
                    result.NameLocation,
                    "name",
                    $"journey name '{result.Name}' is already used by {firstFileByName[result.Name]}; expected a name unique among the journeys of a run (case is ignored)"));
                continue;
            }

            if (result.Journey is not null)
                journeys.Add(result.Journey);
        }

        return new JourneyLoadResult(journeys, problems);
    }
}
