namespace TrackerAudit.Scanning;

/// <summary>
/// Which canary a visible input gets, from what the page says about it (type, autocomplete, name, id,
/// placeholder, label); null for an input nothing is typed into (buttons, checkboxes, passwords, dates...).
/// </summary>
internal static class InputKinds
{
    private static readonly string[] Typeable = ["", "text", "email", "tel", "search", "url"];

    public static string? Of(string tag, string type, string hints)
    {
        type = type.Trim().ToLowerInvariant();
        hints = hints.ToLowerInvariant();
        if (tag.Equals("textarea", StringComparison.OrdinalIgnoreCase))
            return "text";
        if (!Typeable.Contains(type, StringComparer.Ordinal))
            return null;
        if (type == "email" || Has(hints, "email", "e-mail", "mail"))
            return "email";
        if (type == "tel" || Has(hints, "phone", "tel", "mobile"))
            return "phone";
        if (Has(hints, "postcode", "post code", "postal", "zip"))
            return "postcode";
        if (type == "search" || Has(hints, "search", "query", "keyword") || hints.Split(' ').Contains("q"))
            return "search";
        if (Has(hints, "name"))
            return "name";
        return "text";
    }

    private static bool Has(string hints, params string[] words) => words.Any(word => hints.Contains(word, StringComparison.Ordinal));
}
