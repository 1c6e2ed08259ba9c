using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Meta;

/// <summary>Tells Meta Pixel URLs apart by host and path alone (no allocation: runs for every request).</summary>
internal static class MetaEndpoints
{
    private const string ConfigPath = "/signals/config/";
    private const string PluginPath = "/signals/plugins/";
    private const string LibraryFile = "/fbevents.js";

    public static MetaEndpoint Classify(string url)
    {
        var host = UrlParts.Host(url);
        if (IsHost(host, "facebook.com") || IsHost(host, "instagram.com"))
        {
            var path = UrlParts.Path(url);
            return path switch
            {
                "/tr" or "/tr/" => MetaEndpoint.Beacon,
                "/privacy_sandbox/pixel/register/trigger/" or "/privacy_sandbox/pixel/register/trigger" => MetaEndpoint.SandboxTrigger,
                "/privacy_sandbox/topics/registration/" or "/privacy_sandbox/topics/registration" => MetaEndpoint.TopicsRegistration,
                _ => MetaEndpoint.None,
            };
        }

        if (host.Equals("connect.facebook.net", StringComparison.OrdinalIgnoreCase))
        {
            var path = UrlParts.Path(url);
            if (path.StartsWith(ConfigPath, StringComparison.Ordinal) && path.Length > ConfigPath.Length)
            {
                return MetaEndpoint.Config;
            }

            if (path.StartsWith(PluginPath, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal))
            {
                return MetaEndpoint.Plugin;
            }

            // "/en_US/fbevents.js": exactly one locale segment before the file.
            if (path.Length > LibraryFile.Length + 1 && path.EndsWith(LibraryFile, StringComparison.Ordinal)
                && path[1..^LibraryFile.Length].IndexOf('/') < 0)
            {
                return MetaEndpoint.Library;
            }
        }

        return MetaEndpoint.None;
    }

    public static string LastSegment(string url)
    {
        var path = UrlParts.Path(url).TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..].ToString();
    }

    public static string FirstSegment(string url)
    {
        var path = UrlParts.Path(url)[1..];
        var slash = path.IndexOf('/');
        return (slash < 0 ? path : path[..slash]).ToString();
    }

    private static bool IsHost(ReadOnlySpan<char> host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase)
        || (host.Length == domain.Length + 4 && host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && host[4..].Equals(domain, StringComparison.OrdinalIgnoreCase));
}
