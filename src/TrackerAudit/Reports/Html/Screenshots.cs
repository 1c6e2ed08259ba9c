namespace TrackerAudit.Reports.Html;

/// <summary>
/// Embeds a step's screenshots as <c>data:</c> URIs, each a thumbnail that opens full size through a
/// CSS <c>:target</c> lightbox (no script, one copy of the image).
/// </summary>
internal static class Screenshots
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Render(HtmlBuilder html, IReadOnlyList<string> screenshots, string runFolder, string stepAnchor)
    {
        if (screenshots.Count == 0)
        {
            return;
        }

        html.Add($"<div class=\"shots\">");
        for (var i = 0; i < screenshots.Count; i++)
        {
            var relative = screenshots[i];
            var anchor = $"{stepAnchor}-shot{i}";
            var caption = Path.GetFileNameWithoutExtension(relative).EndsWith("-before", StringComparison.Ordinal) ? "before the step" : "after the step";
            var bytes = ReadPng(runFolder, relative);
            if (bytes is null)
            {
                html.Add($"<p class=\"muted\">Screenshot not available: <code>{relative}</code></p>");
                continue;
            }

            // The only data put into a URL: base64 of PNG bytes read from the run folder, behind a fixed prefix.
            var source = Markup.Format($"data:image/png;base64,{Convert.ToBase64String(bytes)}");
            html.Add($"<figure class=\"shot\" id=\"{anchor}\"><a href=\"#{anchor}\" title=\"Enlarge\"><img src=\"{source}\" alt=\"Screenshot {caption}\"></a>")
                .Add($"<figcaption>{caption}</figcaption><a class=\"close\" href=\"#{stepAnchor}\">Close ✕</a></figure>");
        }

        html.Add($"</div>");
    }

    /// <summary>The PNG's bytes; null when the file is missing, outside the run folder, or not a PNG.</summary>
    internal static byte[]? ReadPng(string runFolder, string relativePath)
    {
        var root = Path.GetFullPath(runFolder);
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        // report.json can be edited by anyone: never embed a file from outside the run folder.
        if (!path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith(PngSignature) ? bytes : null;
    }
}
