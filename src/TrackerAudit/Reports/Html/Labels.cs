using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Html;

/// <summary>The words and CSS class names the report uses for the run's enums and times.</summary>
internal static class Labels
{
    public static string Severity(Severity severity) => severity switch
    {
        Model.Severity.Critical => "Critical",
        Model.Severity.High => "High",
        Model.Severity.Medium => "Medium",
        _ => "Low",
    };

    /// <summary>Also the filter value and the CSS class suffix: never anything but these four words.</summary>
    public static string SeverityKey(Severity severity) => Severity(severity).ToLowerInvariant();

    public static string Category(FindingCategory category) => category switch
    {
        FindingCategory.SensitiveContext => "Sensitive context",
        FindingCategory.TypedData => "Typed data",
        FindingCategory.Identifier => "Identifier",
        FindingCategory.Consent => "Consent",
        _ => "Page and behaviour",
    };

    public static string StepStatus(StepStatus status) => status switch
    {
        Model.StepStatus.Passed => "passed",
        Model.StepStatus.Failed => "failed",
        _ => "skipped",
    };

    public static string JourneyStatus(JourneyStatus status) => status switch
    {
        Model.JourneyStatus.Completed => "completed",
        Model.JourneyStatus.Failed => "failed",
        _ => "interrupted",
    };

    public static string Disposition(RequestDisposition disposition) => disposition switch
    {
        RequestDisposition.Blocked => "blocked by the journey (never left the machine)",
        RequestDisposition.AnsweredLocally => "answered locally (never left the machine)",
        RequestDisposition.FromArchive => "answered from the replayed archive (never left the machine)",
        RequestDisposition.NotInArchive => "not in the replayed archive: failed as offline (never left the machine)",
        _ => "sent to the network",
    };

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string ClockTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>Joins words as people write them: "a", "a or b", "a, b or c".</summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1],
    };

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
