using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Reports.Bundle;

/// <summary>Writes <c>REDACTED.txt</c>: what the redacted copy masked, kept and left out, and why.</summary>
internal static class RedactionNote
{
    public static string Write(RunReport report, string source, RedactionMask mask, ScreenshotSelection screenshots, IReadOnlyList<string> leftOut)
    {
        var labels = report.Journeys.SelectMany(run => run.TypedValues.Keys).Distinct(StringComparer.Ordinal).ToList();
        var note = new StringBuilder();
        note.Append(CultureInfo.InvariantCulture, $"REDACTED COPY of TrackerAudit run {report.RunId}, made {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC by {ToolInfo.Current.Name} {ToolInfo.Current.Version}.\n");
        var originalSums = Path.Combine(source, BundleChecksums.FileName);
        if (File.Exists(originalSums))
        {
            note.Append(CultureInfo.InvariantCulture, $"The original run folder's {BundleChecksums.FileName} has SHA-256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(originalSums)))}.\n");
        }

        note.Append('\n').Append("Masked in every file (report.json, capture.ndjson, log.ndjson, metadata.json, the bodies stored in bodies/ and the\n")
            .Append("reports made from them; a stored body's bodySha256 in this copy is that of its masked file):\n");
        note.Append(CultureInfo.InvariantCulture, $"- the {labels.Count} value(s) typed into the site");
        note.Append(labels.Count == 0 ? "" : " (" + string.Join(", ", labels.Select(RedactionMask.TypedMask)) + ")");
        note.Append(", in every spelling TrackerAudit searches trackers' requests for: as typed, trimmed, lower or upper case,\n")
            .Append("  normalised the way Meta does, URL-encoded, JSON-escaped, base64, hex, and any two of these in a row;\n")
            .Append("- cookie values: every value in a Cookie header and every cookie a tracker request was decoded to, as ")
            .Append(RedactionMask.CookieMask).Append(";\n")
            .Append("  a cookie value of 8 characters or more is also masked wherever else it appears (e.g. Meta's fbp parameter).\n")
            .Append(CultureInfo.InvariantCulture, $"  ({mask.Count} spellings in all.)\n")
            .Append('\n')
            .Append("Kept: hashes of typed values (SHA-256, SHA-1, MD5, SHA-512, in hex or base64). They are the evidence of what a\n")
            .Append("tracker received, and only someone who already knows a value can match its hash.\n")
            .Append('\n')
            .Append("Not masked: a typed value, or a normalised form of it, shorter than 4 characters outside the list of typed values\n")
            .Append("(it would match unrelated text); a part of a typed value sent on its own.\n")
            .Append('\n')
            .Append("Screenshots: only those taken before each journey's first step that types (")
            .Append(string.Join(", ", ScreenshotSelection.TypingKinds))
            .Append(") are kept. From that step on a screenshot can show\n")
            .Append("typed text in a form or read back on a page, and text in a picture cannot be masked.\n");
        AppendList(note, "Screenshots left out", screenshots.LeftOut);
        AppendList(note, "Other files of the original left out (not known to be safe)", leftOut.Where(path => !screenshots.LeftOut.Contains(path)).ToList());
        note.Append('\n').Append(CultureInfo.InvariantCulture, $"{BundleChecksums.FileName} seals this copy as it is now: 'sha256sum -c {BundleChecksums.FileName}' or 'trackeraudit verify <this folder>'.\n");
        return note.ToString();
    }

    private static void AppendList(StringBuilder note, string title, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        note.Append('\n').Append(title).Append(":\n");
        foreach (var path in paths)
        {
            note.Append("  ").Append(path).Append('\n');
        }
    }
}
