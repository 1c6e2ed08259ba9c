using System.Security.Cryptography;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>A HAR file as an input to decode.</summary>
internal static class HarInput
{
    /// <summary>
    /// Opens a HAR file: hashes it and finds its start page (reading only up to the first document request).
    /// Throws <see cref="HarFormatException"/> when not even the first entry can be read; a file that breaks
    /// later is decoded up to the break.
    /// </summary>
    public static DecodeInput Open(string path)
    {
        var journey = Path.GetFileName(path);
        string sha256;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 128 * 1024, FileOptions.SequentialScan))
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var startUrl = DecodeRun.StartUrlOf(UntilBroken(HarReader.Read(path, journey, withBodies: false, problems: InputProblemLog.Ignored)));
        return new DecodeInput(journey, path, sha256, startUrl, reading => HarReader.Read(path, journey, reading.FirstId, withBodies: true, reading.Problems, reading.RunFolder, reading.Limits));
    }

    private static IEnumerable<CapturedRequest> UntilBroken(IEnumerable<CapturedRequest> requests)
    {
        using var entries = requests.GetEnumerator();
        var any = false;
        while (true)
        {
            try
            {
                if (!entries.MoveNext())
                {
                    break;
                }
            }
            catch (HarFormatException) when (any)
            {
                break;
            }

            any = true;
            yield return entries.Current;
        }
    }
}
