using System.Globalization;

namespace TrackerAudit.Findings;

/// <summary>Writes the one plain-language sentence of a finding.</summary>
internal static class FindingStatements
{
    public static string Sentence(Finding finding)
    {
        var page = finding.PageTitle is { Length: > 0 } title ? $"'{FindingsEngine.Shorten(title)}'" : finding.PageUrl ?? "an unknown page";
        var step = finding.StepIndex == 0
            ? "opening the start page"
            : string.Create(CultureInfo.InvariantCulture, $"step {finding.StepIndex}, {finding.StepAction ?? finding.StepName}");
        var recipient = finding.AccountId is null ? finding.Recipient : $"{finding.Recipient} {finding.AccountId}";
        var time = finding.Time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var how = finding.Transform is null ? "" : $" as {finding.Transform}";
        var what = finding.Category switch
        {
            FindingCategory.PageAndBehaviour => $"{finding.Subject} ({finding.EventName ?? "request"} event)",
            FindingCategory.Consent => finding.Subject,
            _ => $"{finding.Subject}{how} in {finding.Parameter}{(finding.ParameterMeaning is null || finding.ParameterMeaning == finding.Subject ? "" : $" ({finding.ParameterMeaning})")}: \"{FindingsEngine.Shorten(finding.Value)}\"",
        };
        return $"At {time} UTC on {page} ({step}), {recipient} received {what}.";
    }
}
