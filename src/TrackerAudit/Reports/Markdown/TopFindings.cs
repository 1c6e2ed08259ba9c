using TrackerAudit.Findings;

namespace TrackerAudit.Reports.Markdown;

/// <summary>
/// The findings worth showing when there is room for only a few: most severe first, and one of each
/// kind (what reached whom) before a second of any, so a word repeated in twenty parameters does not
/// push the typed e-mail or the account cookie off the list.
/// </summary>
internal static class TopFindings
{
    public static IReadOnlyList<Finding> Of(IReadOnlyList<Finding> findings, int max)
    {
        var ordered = findings.OrderByDescending(finding => finding.Severity).ToList();
        var firstOfEach = ordered.DistinctBy(finding => (finding.Category, finding.Subject, finding.Recipient, finding.AccountId)).Take(max);
        var chosen = firstOfEach.Concat(ordered).Distinct(ReferenceEqualityComparer.Instance).Take(max).ToHashSet(ReferenceEqualityComparer.Instance);
        return ordered.Where(chosen.Contains).ToList();
    }
}
