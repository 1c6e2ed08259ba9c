using TrackerAudit.Errors;
using TrackerAudit.Imports;

namespace TrackerAudit.Running;

/// <summary>
/// A HAR file a run replays (<c>--replay</c>): the journeys' pages are answered with its stored responses
/// instead of the network, while the pages' scripts run for real and their tracker requests are captured.
/// </summary>
public sealed record ReplayArchive
{
    /// <summary>The HAR file, full path.</summary>
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file, for the record.</summary>
    public required string Sha256 { get; init; }

    /// <summary>How many entries (request and response pairs) it holds.</summary>
    public required int Entries { get; init; }

    /// <summary>The first page it holds, the base for journeys written with paths; empty when it holds no page.</summary>
    public required string StartUrl { get; init; }

    /// <summary>Opens every file given, and every <c>*.har</c> in a folder given (in name order).</summary>
    public static IReadOnlyList<ReplayArchive> OpenAll(IEnumerable<string> paths)
    {
        var archives = new List<ReplayArchive>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                archives.Add(Open(path));
                continue;
            }

            var files = Directory.GetFiles(path, "*.har").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw TrackerAuditException.InvalidOption("--replay", $"the folder {path} holds no *.har file");
            }

            archives.AddRange(files.Select(Open));
        }

        return archives;
    }

    /// <summary>Reads the whole file once, so that a broken archive stops the run before a browser starts (exit 2, with the position).</summary>
    public static ReplayArchive Open(string path)
    {
        try
        {
            var input = HarInput.Open(path);
            var entries = HarReader.Read(path, input.Journey, withBodies: false).Count();
            return new ReplayArchive { Path = System.IO.Path.GetFullPath(path), Sha256 = input.SourceSha256, Entries = entries, StartUrl = input.StartUrl };
        }
        catch (Exception exception) when (exception is HarFormatException or IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.InvalidOption("--replay", exception.Message);
        }
    }
}
