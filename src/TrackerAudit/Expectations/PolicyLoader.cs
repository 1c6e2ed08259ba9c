using System.Text;
using TrackerAudit.Journeys;

namespace TrackerAudit.Expectations;

/// <summary>
/// Reads and validates policy files: rules in the syntax of a journey's <c>expect:</c> that apply to every journey
/// of a run. Never throws for a bad file: every problem is collected with its line and column, as for journeys.
/// </summary>
public static class PolicyLoader
{
    /// <summary>
    /// Reads one policy file. A missing, unreadable or non-UTF-8 file is a problem at line 0, column 0.
    /// </summary>
    /// <param name="path">The policy file, as given on the command line.</param>
    /// <returns>The policy if the file has no problems, and every problem found.</returns>
    public static PolicyLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        if (Directory.Exists(path))
            return Failed(path, "is a folder; expected a policy file (.yaml or .yml)");
        if (!File.Exists(path))
            return Failed(path, "no such file; expected a policy file (.yaml or .yml)");

        return JourneyFiles.TryReadYaml(path, out var text, out var sha256, out var problem)
            ? PolicyDocument.Parse(path, text, sha256)
            : Failed(path, problem);
    }

    /// <summary>Reads one policy from YAML text.</summary>
    /// <param name="file">Names the text in problems and becomes the policy's <see cref="Policy.SourcePath"/>.</param>
    /// <param name="yaml">One YAML document.</param>
    /// <returns>The policy if the text has no problems, and every problem found.</returns>
    public static PolicyLoadResult Parse(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);

        return PolicyDocument.Parse(file, JourneyFiles.WithoutByteOrderMark(yaml), JourneyLoader.Sha256(Encoding.UTF8.GetBytes(yaml)));
    }

    private static PolicyLoadResult Failed(string path, string message) =>
        new(null, [new JourneyProblem(path, new SourceLocation(0, 0), JourneyDocument.FileField, message)]);
}
