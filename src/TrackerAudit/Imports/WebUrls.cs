namespace TrackerAudit.Imports;

/// <summary>What counts as a page or request URL in an imported capture: absolute http(s).</summary>
internal static class WebUrls
{
    public static bool IsWebUrl(string? text) =>
        text is not null
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
