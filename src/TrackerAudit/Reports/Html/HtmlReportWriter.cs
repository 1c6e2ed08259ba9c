using System.Text;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (styles, script and screenshots inline) that
/// opens offline in any browser and shows what happened, for people who must show it to others.
/// Everything captured is HTML-encoded, and a strict Content-Security-Policy lets nothing else run or load.
/// </summary>
internal static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var html = Render(report, runFolder);
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    internal static string Render(RunReport report, string runFolder)
    {
        var recipients = new Recipients();
        var html = new HtmlBuilder();
        html.Add($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Add($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Markup.Constant(ContentSecurityPolicy)}\">")
            .Add($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Add($"<title>TrackerAudit report {report.RunId}</title><style>{Markup.Constant(ReportStyles.Css)}</style></head><body>");

        RunHeader.Render(html, report);
        ComparisonSection.Render(html, report);

        var body = new HtmlBuilder();
        body.Add($"<section id=\"findings\"><h2>Findings</h2><p class=\"muted\">Most severe first. Each row links to the step and to the request that is its evidence.</p>");
        for (var i = 0; i < report.Journeys.Count; i++)
        {
            FindingsTable.Render(body, report.Journeys[i], $"j{i}", recipients);
        }

        body.Add($"</section>");
        for (var i = 0; i < report.Journeys.Count; i++)
        {
            JourneySection.Render(body, report.Journeys[i], $"j{i}", runFolder, recipients);
        }

        // The filter lists every recipient, so it is written once the sections have named them all.
        Filters.Render(html, recipients);
        html.Builder.Append(body.Builder);
        html.Add($"<footer>Made by {report.Tool.Name} {report.Tool.Version}. This file is self-contained: it loads nothing and can be archived as is. The machine-readable record is {JsonReportWriter.FileName} beside it.</footer>")
            .Add($"<script>{Markup.Constant(ReportScript.Source)}</script></body></html>\n");
        return html.ToString();
    }

    internal static string ContentSecurityPolicy =>
        $"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src {ReportScript.CspHash}; base-uri 'none'; form-action 'none'";
}
