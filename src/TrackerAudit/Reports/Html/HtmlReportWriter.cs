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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        var bodyPath = path + ".body.tmp";
        try
        {
            // The body goes to a file of its own as it is rendered: the filters before it can list its recipients
            // only once it is complete, and a report of many requests is never held whole.
            Recipients recipients;
            await using (var bodyFile = new StreamWriter(bodyPath, append: false, Utf8))
            {
                var body = new HtmlBuilder(bodyFile);
                recipients = RenderBody(body, report, runFolder);
                body.Flush();
            }

            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await file.WriteAsync(Utf8.GetBytes(Head(report, recipients)), cancellationToken).ConfigureAwait(false);
                await using (var bodyFile = File.OpenRead(bodyPath))
                {
                    await bodyFile.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }

                await file.WriteAsync(Utf8.GetBytes(Foot(report)), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            File.Delete(bodyPath);
        }

        File.Move(temporary, path, overwrite: true);
    }

    internal static string Render(RunReport report, string runFolder)
    {
        var body = new HtmlBuilder();
        var recipients = RenderBody(body, report, runFolder);
        return Head(report, recipients) + body + Foot(report);
    }

    private static Recipients RenderBody(HtmlBuilder body, RunReport report, string runFolder)
    {
        var recipients = new Recipients();
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

        return recipients;
    }

    private static string Head(RunReport report, Recipients recipients)
    {
        var html = new HtmlBuilder();
        html.Add($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Add($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Markup.Constant(ContentSecurityPolicy)}\">")
            .Add($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Add($"<title>TrackerAudit report {report.RunId}</title><style>{Markup.Constant(ReportStyles.Css)}</style></head><body>");
        RunHeader.Render(html, report);
        ComparisonSection.Render(html, report);
        SiteSection.Render(html, report);

        // The filter lists every recipient, so it is written once the body has named them all.
        Filters.Render(html, recipients);
        return html.ToString();
    }

    private static string Foot(RunReport report)
    {
        var html = new HtmlBuilder();
        html.Add($"<footer>Made by {report.Tool.Name} {report.Tool.Version}. This file is self-contained: it loads nothing and can be archived as is. The machine-readable record is {JsonReportWriter.FileName} beside it.</footer>")
            .Add($"<script>{Markup.Constant(ReportScript.Source)}</script></body></html>\n");
        return html.ToString();
    }

    internal static string ContentSecurityPolicy =>
        $"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src {ReportScript.CspHash}; base-uri 'none'; form-action 'none'";
}
