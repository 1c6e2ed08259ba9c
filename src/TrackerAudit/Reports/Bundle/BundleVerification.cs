using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Bundle;

/// <summary>What re-checking a run folder against its <c>SHA256SUMS</c> found. Paths are relative, with <c>/</c>.</summary>
/// <param name="Checked">How many listed files were checked.</param>
/// <param name="Changed">Listed files whose content differs (or could not be read).</param>
/// <param name="Missing">Listed files that are gone.</param>
/// <param name="Unlisted">Files present but not listed: added after the bundle was sealed.</param>
internal sealed record BundleVerification(int Checked, IReadOnlyList<string> Changed, IReadOnlyList<string> Missing, IReadOnlyList<string> Unlisted)
{
    /// <summary>True when every listed file is present and unchanged and nothing was added.</summary>
    public bool Ok => Changed.Count == 0 && Missing.Count == 0 && Unlisted.Count == 0;

    /// <summary>The outcome in words, one file per line.</summary>
    public string Message
    {
        get
        {
            if (Ok)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Intact: all {Checked} files match {BundleChecksums.FileName}.");
            }

            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"NOT intact: {Changed.Count} changed, {Missing.Count} missing, {Unlisted.Count} not listed in {BundleChecksums.FileName}."));
            Append(text, "changed", Changed);
            Append(text, "missing", Missing);
            Append(text, "not listed", Unlisted);
            return text.ToString();
        }
    }

    private static void Append(StringBuilder text, string what, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            text.Append('\n').Append("  ").Append(what).Append(": ").Append(path);
        }
    }
}
