using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Markdown;

/// <summary>Cookies and storage per step: a row per step with what was there after it, cookies named with who set them.</summary>
internal static class MarkdownStorageSection
{
    private const int MaxCookiesShown = 12;

    public static void Append(StringBuilder text, JourneyRun run)
    {
        var steps = run.Steps.Where(step => step.Storage is not null).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        text.AppendLine("**Cookies and storage after each step** (names and sizes only, never values):");
        text.AppendLine();
        text.AppendLine("| Step | Cookies (third-party) | Cookies, who set them | Storage |");
        text.AppendLine("|---:|---|---|---|");
        foreach (var step in steps)
        {
            var storage = step.Storage!;
            var cookies = storage.Cookies.Take(MaxCookiesShown).Select(cookie =>
                $"{MarkdownText.Code(cookie.Name, 60)} {MarkdownText.Escape(cookie.Domain, 80)}{(cookie.ThirdParty ? " (3rd)" : "")} by {MarkdownText.Escape(StorageText.Setter(cookie), 120)}");
            var more = storage.Cookies.Count > MaxCookiesShown ? Invariant($"; …{storage.Cookies.Count - MaxCookiesShown} more") : "";
            var areas = storage.Areas.Count == 0
                ? "none"
                : string.Join("; ", storage.Areas.Select(area => Invariant($"{MarkdownText.Escape(area.Origin, 80)} {area.Kind}: {area.Entries.Count} ({MarkdownText.Escape(string.Join(", ", area.Entries.Select(entry => entry.Name)), 160)})")));
            text.AppendLine(Invariant(
                $"| {step.Index} | {storage.Cookies.Count} ({storage.ThirdPartyCookies}) | {(storage.Cookies.Count == 0 ? "none" : string.Join("; ", cookies) + more)} | {areas} |"));
        }

        text.AppendLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
