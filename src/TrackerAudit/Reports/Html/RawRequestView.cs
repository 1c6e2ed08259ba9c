using System.Globalization;
using TrackerAudit.Capture;

namespace TrackerAudit.Reports.Html;

/// <summary>A captured request exactly as the browser sent it, folded under a <c>&lt;details&gt;</c>.</summary>
internal static class RawRequestView
{
    public static void Render(HtmlBuilder html, CapturedRequest request)
    {
        var response = request.Failure is not null ? $"failed: {request.Failure}"
            : request.Status is { } status ? "response " + status.ToString(CultureInfo.InvariantCulture)
            : "no response recorded";
        html.Add($"<details class=\"raw\"><summary>Raw request</summary>")
            .Add($"<p class=\"muted\">{request.ResourceType}, {Labels.Disposition(request.Disposition)}, {response}")
            .Add($"{(request.FrameUrl is { } frame && frame != request.PageUrl ? Markup.Format($"; from frame <span class=\"mono\">{frame}</span>") : Markup.Empty)}</p>")
            .Add($"<pre>{request.Method} {request.Url}</pre>");
        if (request.Headers.Count > 0)
        {
            html.Add($"<pre class=\"body\">");
            foreach (var header in request.Headers)
            {
                html.Add($"{header.Name}: {header.Value}\n");
            }

            html.Add($"</pre>");
        }

        if (request.BodyText is not null)
        {
            html.Add($"<p class=\"muted\">Body, text, {Labels.Count((int)Math.Min(request.BodySize, int.MaxValue), "byte", "bytes")}:</p><pre class=\"body\">{request.BodyText}</pre>");
        }
        else if (request.BodyBase64 is not null)
        {
            html.Add($"<p class=\"muted\">Body, base64, {Labels.Count((int)Math.Min(request.BodySize, int.MaxValue), "byte", "bytes")}:</p><pre class=\"body\">{request.BodyBase64}</pre>");
        }
        else
        {
            html.Add($"<p class=\"muted\">No body.</p>");
        }

        html.Add($"</details>");
    }
}
