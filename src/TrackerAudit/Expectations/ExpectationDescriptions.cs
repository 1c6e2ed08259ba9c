using System.Globalization;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;

namespace TrackerAudit.Expectations;

// What an expectation expects, in words, for reports: "no request to Meta Pixel from step 3 on pages matching **/report/**".
internal static class ExpectationDescriptions
{
    public static string Describe(Expectation expectation) => expectation switch
    {
        NoRequestsExpectation e => "no request to "
            + Or([.. e.Hosts, .. e.Trackers.Select(ExpectationEvaluator.TrackerName), .. e.Categories.Select(category => $"a third party in {category}")])
            + (e.Pages.Count == 0 ? "" : $" on pages matching {Or(e.Pages)}")
            + (e.FromStep is null ? "" : $", from {e.FromStep} on"),
        NoFindingsExpectation e => "no "
            + (e.Category is { } category ? $"{Name(category)} " : "")
            + "finding"
            + (e.MinimumSeverity is { } severity ? $" of severity {Name(severity)} or above" : ""),
        NoTypedDataLeavesExpectation => "nothing typed in the journey reaches a tracker or other third party",
        MaxThirdPartyHostsExpectation e => string.Create(CultureInfo.InvariantCulture, $"at most {e.Maximum} third-party host{(e.Maximum == 1 ? "" : "s")} contacted"),
        TrackerEventExpectation e => $"{ExpectationEvaluator.TrackerName(e.Tracker)} event {e.EventName} {(e.Fires ? "fires" : "does not fire")}"
            + (e.Step is null ? "" : $" on {e.Step}"),
        _ => expectation.Kind,
    };

    // As written in expectations and in the report's JSON.
    public static string Name(FindingCategory category) => ExpectationValues.Categories.First(pair => pair.Value == category).Key;

    public static string Name(Severity severity) => ExpectationValues.Severities.First(pair => pair.Value == severity).Key;

    private static string Or(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";
}
