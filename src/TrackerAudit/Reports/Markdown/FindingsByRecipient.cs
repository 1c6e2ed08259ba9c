using System.Globalization;
using System.Text;

namespace TrackerAudit.Reports.Markdown;

/// <summary>
/// The findings of a journey run as a reader asks about them: one row per recipient and kind of finding, with how many
/// findings, on how many pages, about how many different things, and the highest severity. Hundreds of findings
/// become a handful of rows; the list under it still shows the worst of them one by one.
/// </summary>
internal static class FindingsByRecipient
{
    public static void Append(StringBuilder text, IReadOnlyList<Finding> findings)
    {
        var rows = findings
            .GroupBy(finding => (finding.Recipient, finding.Category))
            .Select(group => (
                group.Key.Recipient,
                group.Key.Category,
                Count: group.Count(),
                Highest: group.Max(finding => finding.Severity),
                Pages: group.Select(finding => finding.PageUrl).Where(page => page is not null).Distinct(StringComparer.Ordinal).Count(),
                Subjects: group.Select(finding => finding.Subject).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(row => row.Highest)
            .ThenByDescending(row => row.Count)
            .ThenBy(row => row.Recipient, StringComparer.Ordinal)
            .ToList();
        text.AppendLine("| Recipient | What it learned | Findings | Pages | Different values | Highest |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(row.Recipient, 120)} | {What(row.Category)} | {row.Count} | {row.Pages} | {row.Subjects} | {row.Highest.ToString().ToLowerInvariant()} |"));
        }

        text.AppendLine();
    }

    private static string What(FindingCategory category) => category switch
    {
        FindingCategory.SensitiveContext => "sensitive words",
        FindingCategory.TypedData => "values you typed",
        FindingCategory.Identifier => "identifiers",
        FindingCategory.PageAndBehaviour => "pages and clicks",
        FindingCategory.Consent => "data against the consent answer",
        _ => category.ToString(),
    };
}
