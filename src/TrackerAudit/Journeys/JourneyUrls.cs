namespace TrackerAudit.Journeys;

internal static class JourneyUrls
{
    public const string ExpectedAbsolute = "an absolute http or https URL, e.g. https://www.example.org";

    public const string ExpectedAbsoluteOrPath = "an absolute http or https URL, or a path starting with /, e.g. /report";

    public static bool IsAbsoluteHttp(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && !value.Any(char.IsWhiteSpace);

    // "//host/x" would be read as a protocol-relative URL and leave the site under audit.
    public static bool IsAbsoluteHttpOrPath(string value) =>
        IsAbsoluteHttp(value)
        || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace));
}
