using System.Globalization;
using TrackerAudit.Findings;
using TrackerAudit.Findings.Matching;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// The verdict of a journey, one plain sentence per recipient, e.g. "Meta Pixel (account 1234)
/// received 7 events from 4 pages, 3 of them naming sexual assault".
/// </summary>
internal static class Verdicts
{
    public static IReadOnlyList<string> For(JourneyRun run)
    {
        var sensitive = new SensitiveWordMatcher(run.Sensitive);
        var typed = new TypedValueMatcher(run.TypedValues.Select(pair => (pair.Key, pair.Value)));
        var pageOfRequest = run.Requests.ToDictionary(request => request.Id, request => request.PageUrl);
        var beacons = run.TrackerRequests
            .SelectMany(decoded => decoded.Events)
            .Where(trackerEvent => trackerEvent.Kind == TrackerEventKind.Beacon)
            .ToList();

        var lines = new List<string>();
        foreach (var tracker in beacons.GroupBy(trackerEvent => trackerEvent.TrackerName, StringComparer.Ordinal))
        {
            var pages = tracker.Select(e => e.PageUrl ?? pageOfRequest.GetValueOrDefault(e.RequestId) ?? "").Distinct(StringComparer.Ordinal).Count();
            var accounts = tracker.Select(e => e.AccountId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var findings = run.Findings.Where(finding => finding.Recipient == tracker.Key).ToList();
            var who = accounts.Count switch
            {
                0 => tracker.Key,
                1 => $"{tracker.Key} (account {accounts[0]})",
                _ => $"{tracker.Key} (accounts {string.Join(", ", accounts)})",
            };
            lines.Add(Sentence(who, Labels.Count(tracker.Count(), "event", "events"), pages, findings, sensitive, typed));
        }

        // A third party that no decoder knows still counts when it was told something sensitive.
        foreach (var other in run.Findings.Where(f => beacons.All(e => e.TrackerName != f.Recipient)).GroupBy(f => f.Recipient, StringComparer.Ordinal))
        {
            var requests = other.Select(finding => finding.RequestId).Distinct().Count();
            var pages = other.Select(finding => finding.PageUrl ?? "").Distinct(StringComparer.Ordinal).Count();
            lines.Add(Sentence(other.Key, Labels.Count(requests, "request", "requests"), pages, other.ToList(), sensitive, typed));
        }

        if (lines.Count == 0)
        {
            lines.Add("No tracker was seen receiving anything.");
        }

        return lines;
    }

    private static string Sentence(string who, string what, int pages, List<Finding> findings, SensitiveWordMatcher sensitive, TypedValueMatcher typed)
    {
        var sentence = $"{who} received {what} from {Labels.Count(pages, "page", "pages")}";
        var namingPages = findings
            .Where(finding => finding.Category == FindingCategory.SensitiveContext)
            .GroupBy(finding => finding.PageUrl ?? "", StringComparer.Ordinal)
            .ToList();
        if (namingPages.Count > 0)
        {
            var words = namingPages
                .SelectMany(page => page.SelectMany(finding => sensitive.FindIn(finding.Value)).Select(match => match.Word).Distinct(StringComparer.Ordinal))
                .GroupBy(word => word, StringComparer.Ordinal)
                .OrderByDescending(word => word.Count())
                .Select(word => word.Key)
                .ToList();
            var naming = words.Count > 0 ? Labels.List(words, "or") : "a sensitive word";
            sentence += pages <= 1 ? $", naming {naming}"
                : namingPages.Count >= pages ? $", all of them naming {naming}"
                : string.Create(CultureInfo.InvariantCulture, $", {namingPages.Count} of them naming {naming}");
        }

        var typedLabels = findings
            .Where(finding => finding.Category == FindingCategory.TypedData)
            .SelectMany(finding => typed.FindIn(finding.Value).Select(match => match.Label))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (typedLabels.Count > 0)
        {
            sentence += $", and what was typed as {Labels.List(typedLabels, "and")}";
        }

        return sentence + ".";
    }
}
