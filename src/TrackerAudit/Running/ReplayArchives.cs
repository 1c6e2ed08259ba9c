using TrackerAudit.Errors;
using TrackerAudit.Imports;

namespace TrackerAudit.Running;

/// <summary>Opens the HAR files a run replays (<c>--replay</c>), each read once so that a broken one stops the run before a browser starts.</summary>
internal static class ReplayArchives
{
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
