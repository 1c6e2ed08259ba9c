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
        // Tallied as the decoded requests pass (a decoded capture reads them back from disk): only the tallies are held.
        var trackers = new OrderedDictionary<string, (int Events, HashSet<string> Pages, List<long> WithoutPage, List<string> Accounts)>(StringComparer.Ordinal);
        foreach (var trackerEvent in run.TrackerRequests.SelectMany(decoded => decoded.Events).Where(trackerEvent => trackerEvent.Kind == TrackerEventKind.Beacon))
        {
            if (!trackers.TryGetValue(trackerEvent.TrackerName, out var tally))
            {
                tally = (0, new HashSet<string>(StringComparer.Ordinal), [], []);
            }

            if (trackerEvent.PageUrl is null)
            {
                tally.WithoutPage.Add(trackerEvent.RequestId);
            }
            else
            {
                tally.Pages.Add(trackerEvent.PageUrl);
            }

            if (trackerEvent.AccountId is not null && !tally.Accounts.Contains(trackerEvent.AccountId, StringComparer.Ordinal))
            {
                tally.Accounts.Add(trackerEvent.AccountId);
            }

            trackers[trackerEvent.TrackerName] = tally with { Events = tally.Events + 1 };
        }

        var withoutPage = RequestsById.Of(run, trackers.Values.SelectMany(tally => tally.WithoutPage));
        var lines = new List<string>();
        foreach (var (name, tally) in trackers)
        {
            var pages = tally.Pages.Concat(tally.WithoutPage.Select(id => withoutPage.GetValueOrDefault(id)?.PageUrl ?? "")).Distinct(StringComparer.Ordinal).Count();
            var accounts = tally.Accounts;
            var findings = run.Findings.Where(finding => finding.Recipient == name).ToList();
            var who = accounts.Count switch
            {
                0 => name,
                1 => $"{name} (account {accounts[0]})",
                _ => $"{name} (accounts {string.Join(", ", accounts)})",
            };
            lines.Add(Sentence(who, Labels.Count(tally.Events, "event", "events"), pages, findings, sensitive, typed));
        }

        // A third party that no decoder knows still counts when it was told something sensitive.
        foreach (var other in run.Findings.Where(f => !trackers.ContainsKey(f.Recipient)).GroupBy(f => f.Recipient, StringComparer.Ordinal))
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
