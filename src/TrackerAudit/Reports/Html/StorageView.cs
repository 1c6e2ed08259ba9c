namespace TrackerAudit.Reports.Html;

/// <summary>A step's cookies (with who set them) and storage, names and sizes only.</summary>
internal static class StorageView
{
    public static void Render(HtmlBuilder html, StorageSnapshot? storage)
    {
        if (storage is null)
        {
            return;
        }

        html.Add($"<details class=\"storage\"><summary>Cookies and storage after this step: {Labels.Count(storage.Cookies.Count, "cookie", "cookies")} ({storage.ThirdPartyCookies} third-party), {Labels.Count(storage.Areas.Count, "storage area", "storage areas")}</summary>");
        if (storage.Cookies.Count > 0)
        {
            html.Add($"<table class=\"cookies\"><thead><tr><th>Cookie</th><th>Domain</th><th>Path</th><th>Party</th><th>Expires</th><th>Secure</th><th>HttpOnly</th><th>SameSite</th><th>Size</th><th>Set by</th></tr></thead><tbody>");
            foreach (var cookie in storage.Cookies)
            {
                var expires = cookie.Expires is { } at ? Markup.Format($"{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC") : Markup.Format($"session");
                html.Add($"<tr><td class=\"mono\">{cookie.Name}</td><td class=\"mono\">{cookie.Domain}</td><td class=\"mono\">{cookie.Path}</td><td>{(cookie.ThirdParty ? "third" : "first")}</td><td>{expires}</td>")
                    .Add($"<td>{(cookie.Secure ? "yes" : "no")}</td><td>{(cookie.HttpOnly ? "yes" : "no")}</td><td>{cookie.SameSite}</td><td>{cookie.ValueSize} B</td><td class=\"mono\">{StorageText.Setter(cookie)}</td></tr>");
            }

            html.Add($"</tbody></table>");
        }

        foreach (var area in storage.Areas)
        {
            var entries = area.Entries.Select(entry => Markup.Format($"<li><span class=\"mono\">{entry.Name}</span>{(entry.Size is { } size ? $" {size} B" : "")}</li>"));
            html.Add($"<p><strong>{area.Kind}</strong> of <span class=\"mono\">{area.Origin}</span>{(area.Bytes is { } bytes ? $", {bytes} B" : "")}:</p><ul>{Markup.Concat(entries)}</ul>");
        }

        html.Add($"</details>");
    }
}
