using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Bundle;

/// <summary>What re-checking a run folder against its <c>SHA256SUMS</c> found. Paths are relative, with <c>/</c>.</summary>
/// <param name="Checked">How many listed files were checked.</param>
/// <param name="Changed">Listed files whose content differs (or could not be read).</param>
/// <param name="Missing">Listed files that are gone.</param>
/// <param name="Unlisted">Files present but not listed: added after the bundle was sealed.</param>
/// <param name="Bodies">Stored bodies that are not what <c>report.json</c> recorded (<see cref="StoredBodyCheck"/>).</param>
internal sealed record BundleVerification(int Checked, IReadOnlyList<string> Changed, IReadOnlyList<string> Missing, IReadOnlyList<string> Unlisted, IReadOnlyList<string> Bodies)
{
    /// <summary>True when every listed file is present and unchanged, nothing was added, and every stored body is the one recorded.</summary>
    public bool Ok => Changed.Count == 0 && Missing.Count == 0 && Unlisted.Count == 0 && Bodies.Count == 0;

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
            if (Bodies.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Bodies.Count} stored bod{(Bodies.Count == 1 ? "y does" : "ies do")} not match {JsonReportWriter.FileName}.");
            }

            Append(text, "changed", Changed);
            Append(text, "missing", Missing);
            Append(text, "not listed", Unlisted);
            Append(text, "body", Bodies);
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
