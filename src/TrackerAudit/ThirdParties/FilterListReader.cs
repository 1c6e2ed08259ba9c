using System.Globalization;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Reads an EasyPrivacy-style filter list (Adblock Plus syntax) for the hosts it blocks outright: rules
/// <c>||host^</c>, alone or with <c>$third-party</c> only, each naming the host and its subdomains. Every other
/// rule (paths, cosmetic <c>##</c>, exceptions <c>@@</c>, rules limited to some requests by options) is counted
/// as ignored, since it does not say that a host as a whole is a tracker. The header's <c>! Title:</c>,
/// <c>! Version:</c> and <c>! License:</c> are kept for the record.
/// </summary>
internal static class FilterListReader
{
    private static readonly ThirdPartyOwner Tracker = new(null, null, [CategoryNames.Tracking]);

    /// <summary>Reads the list's lines; a rule that cannot be one throws <see cref="FormatException"/> naming its line.</summary>
    public static ListContents Read(IEnumerable<string> lines)
    {
        var domains = new HostSuffixMap<ThirdPartyOwner>();
        string? title = null, version = null, licence = null;
        int ignored = 0, number = 0;
        var header = false;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[')
            {
                header |= line.StartsWith("[Adblock", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (line[0] == '!')
            {
                title ??= Field(line, "Title");
                version ??= Field(line, "Version");
                licence ??= Field(line, "License") ?? Field(line, "Licence");
                continue;
            }

            if (!line.StartsWith("||", StringComparison.Ordinal))
            {
                ignored++;
                continue;
            }

            var end = line.IndexOfAny(['^', '/', '*', '$', '|', ':'], 2);
            var host = end < 0 ? line[2..] : line[2..end];
            if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: '{Shorten(line)}' is not a rule: '||' must be followed by a host name"));
            }

            var options = end >= 0 && line[end] == '^' ? line[(end + 1)..] : null;
            if (options is not ("" or "$third-party" or "$3p") || PublicSuffixList.Normalise(host) is not { } ascii)
            {
                ignored++;
                continue;
            }

            domains.Add(ascii, Tracker, withSubdomains: true);
        }

        if (domains.Count == 0 && !header)
        {
            throw new FormatException("line 1: not a filter list (no '[Adblock' header and no '||host^' rule), nor a Disconnect services.json, Tracker Radar domain file or tds.json");
        }

        return new ListContents(domains, ignored, title, version, licence);
    }

    private static string? Field(string comment, string name)
    {
        var text = comment.TrimStart('!').Trim();
        return text.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && text[(name.Length + 1)..].Trim() is { Length: > 0 } value ? value : null;
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "...";
}
