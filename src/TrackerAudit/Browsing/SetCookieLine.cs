namespace TrackerAudit.Browsing;

/// <summary>Reads the name and the domain a <c>Set-Cookie</c> line (or a <c>document.cookie</c> write) is for.</summary>
internal static class SetCookieLine
{
    /// <summary>The cookie's name and domain (without a leading dot; the setting host when no Domain attribute is given), or null.</summary>
    public static (string Name, string Domain)? Parse(string line, string host)
    {
        var parts = line.Split(';');
        var equals = parts[0].IndexOf('=', StringComparison.Ordinal);
        var name = (equals < 0 ? "" : parts[0][..equals]).Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var domain = host;
        foreach (var attribute in parts.Skip(1))
        {
            var pair = attribute.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && string.Equals(pair[0], "domain", StringComparison.OrdinalIgnoreCase) && pair[1].Length > 0)
            {
                domain = pair[1].TrimStart('.');
            }
        }

        return (name, domain.ToLowerInvariant());
    }
}
