using System.Globalization;
using TrackerAudit.Capture;

namespace TrackerAudit.Reports.Html;

/// <summary>A captured request exactly as the browser sent it, folded under a <c>&lt;details&gt;</c>.</summary>
internal static class RawRequestView
{
    /// <summary>How much of a body stored in <c>bodies/</c> is shown; the whole of it is one link away, and in the HAR.</summary>
    public const int ShownStoredBodyLength = 16 * 1024;

    public static void Render(HtmlBuilder html, CapturedRequest request, RequestBodies bodies)
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

        if (request.BodyFile is not null)
        {
            StoredBody(html, request, bodies);
        }
        else if (request.BodyText is not null)
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

    private static void StoredBody(HtmlBuilder html, CapturedRequest request, RequestBodies bodies)
    {
        var size = Labels.Count((int)Math.Min(request.BodySize, int.MaxValue), "byte", "bytes");
        html.Add($"<p class=\"muted\">Body, {size}, stored as <a class=\"mono\" href=\"{request.BodyFile}\">{request.BodyFile}</a> (SHA-256 <span class=\"mono\">{request.BodySha256}</span>)");
        string shown;
        try
        {
            var loaded = bodies.Load(request);
            shown = loaded.BodyText ?? loaded.BodyBase64 ?? "";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            html.Add($", which could not be read: {exception.Message}</p>");
            return;
        }

        var cut = shown.Length > ShownStoredBodyLength;
        html.Add($"{(cut ? Markup.Format($"; the first {ShownStoredBodyLength.ToString("N0", CultureInfo.InvariantCulture)} characters") : Markup.Empty)}:</p>")
            .Add($"<pre class=\"body\">{(cut ? shown[..ShownStoredBodyLength] + "…" : shown)}</pre>");
    }
}
