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
    /// Reads one policy file. A missing or unreadable file, or one that is not a regular file, is a problem at line 0, column 0; a
    /// file over the size limit or not UTF-8 is one where that starts.
    /// </summary>
    /// <param name="path">The policy file, as given on the command line.</param>
    /// <param name="cancellationToken">Stops reading with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The policy if the file has no problems, and every problem found.</returns>
    public static PolicyLoadResult Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);

        if (Directory.Exists(path))
            return Failed(path, "is a folder; expected a policy file (.yaml or .yml)");
        if (!File.Exists(path))
            return Failed(path, "no such file; expected a policy file (.yaml or .yml)");

        return JourneyFiles.TryReadYaml(path, out var text, out var sha256, out var problem)
            ? PolicyDocument.Parse(path, text, sha256, cancellationToken)
            : new PolicyLoadResult(null, [problem]);
    }

    /// <summary>Reads one policy from YAML text.</summary>
    /// <param name="file">Names the text in problems and becomes the policy's <see cref="Policy.SourcePath"/>.</param>
    /// <param name="yaml">One YAML document.</param>
    /// <param name="cancellationToken">Stops reading with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The policy if the text has no problems, and every problem found.</returns>
    public static PolicyLoadResult Parse(string file, string yaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);

        return PolicyDocument.Parse(file, JourneyFiles.WithoutByteOrderMark(yaml), JourneyLoader.Sha256(Encoding.UTF8.GetBytes(yaml)), cancellationToken);
    }

    private static PolicyLoadResult Failed(string path, string message) =>
        new(null, [new JourneyProblem(path, new SourceLocation(0, 0), JourneyDocument.FileField, message)]);
}
